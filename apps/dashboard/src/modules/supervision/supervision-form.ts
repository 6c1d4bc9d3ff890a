import { cleanAmount } from '../work';

/** What the performance section types for a finding (审计/财会监督发现问题, 重大违规). */
export interface FindingDraft {
  kind: 'AUDIT' | 'FINANCIAL_SUPERVISION' | 'MAJOR_MISUSE';
  source: string;
  foundOn: string;
  documentNo: string;
  description: string;
}

/** Today in the reader's calendar, YYYY-MM-DD (the default date a finding was found). */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The variables of `recordSupervisionFinding`: the words trimmed; the server checks and names bad fields. */
export function findingVariables(projectId: string, d: FindingDraft) {
  return {
    projectId,
    input: {
      kind: d.kind,
      source: d.source.trim(),
      foundOn: d.foundOn.trim(),
      documentNo: d.documentNo.trim(),
      description: d.description.trim(),
    },
  };
}

export type RecallReason = 'AUTHENTICITY_VETO' | 'IDLE_FUNDS';

/**
 * The variables of `proposeFundRecall`. An empty amount is left out: after a veto the server recalls all the
 * budget not yet recalled; for idle funds it names the missing amount.
 */
export function recallProposalVariables(projectId: string, p: { reason: RecallReason; amount: string; note: string }) {
  const amount = cleanAmount(p.amount);
  return {
    projectId,
    reason: p.reason,
    amount: amount === '' ? null : amount,
    note: p.note.trim(),
  };
}

/** The variables of `decideFundRecall`: recall the amount typed (the proposed one if left empty), or reject. */
export function recallDecisionVariables(
  recall: { id: string; version: number },
  d: { approve: boolean; amount: string; note: string },
) {
  const amount = cleanAmount(d.amount);
  return {
    id: recall.id,
    version: recall.version,
    approve: d.approve,
    amount: d.approve && amount !== '' ? amount : null,
    note: d.note.trim(),
  };
}
