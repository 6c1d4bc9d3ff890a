import type { FlagFiguresFragment, OverviewFlagRowsQuery } from '../../../generated/graphql';
import type { AtCheckpoint, Checkpoint } from '../../../app/analytics/checkpoints';
import type { Scope } from '../../../app/analytics/cross-filter';

export type FlagRow = OverviewFlagRowsQuery['flags']['edges'][number]['node'];

// The API's flagSummary takes a fund family, section or unit filter but no grade: only a scope narrowed
// by a self-evaluation grade is counted here, from the ledger's flags of the projects of that grade.

/** Flags of the scope: the API filters section, unit and year; fund family and grade are checked here. */
export function flagsInScope(rows: readonly FlagRow[], scope: Pick<Scope, 'fundFamily' | 'grade'>): FlagRow[] {
  return rows.filter((f) => {
    if (scope.fundFamily && f.project?.fundFamily !== scope.fundFamily) return false;
    if (scope.grade && !f.project?.evaluations.some((e) => e.kind === 'SELF' && e.grade === scope.grade)) return false;
    return true;
  });
}

/** End of a checkpoint's month as YYYY-MM-DD. */
function periodEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * The flag summary at each checkpoint, counted from the flags themselves with the rules of the API's
 * flagSummary: open yellow and red as of the checkpoint's end, flags raised there, flags turned red
 * there, and flags closed since the checkpoint before.
 */
export function flagSummaries(
  rows: readonly FlagRow[],
  year: number,
  checkpoints: readonly Checkpoint[],
): AtCheckpoint<FlagFiguresFragment>[] {
  const ordered = [...checkpoints].sort((a, b) => a.month - b.month);
  return ordered.map((checkpoint, i) => {
    const asOf = periodEnd(year, checkpoint.month);
    const prevEnd = i > 0 ? periodEnd(year, ordered[i - 1].month) : `${year - 1}-12-31`;
    const summary: FlagFiguresFragment = { yellow: 0, red: 0, newYellow: 0, escalatedToRed: 0, closed: 0 };
    for (const f of rows) {
      const raised = f.raisedAt;
      if (!raised || raised.year !== year || raised.periodEnd > asOf) continue;
      const escalatedEnd = f.escalatedAt?.periodEnd ?? null;
      const redAsOf = f.level === 'RED' && (escalatedEnd === null || escalatedEnd <= asOf);
      const open = f.closedOn === null || f.closedOn === undefined || f.closedOn > asOf;
      if (open) {
        if (redAsOf) summary.red += 1;
        else summary.yellow += 1;
      }
      const raisedHere = raised.month === checkpoint.month;
      if (raisedHere && (f.level === 'YELLOW' || f.escalatedAt)) summary.newYellow += 1;
      if (f.escalatedAt?.month === checkpoint.month || (raisedHere && f.level === 'RED' && !f.escalatedAt))
        summary.escalatedToRed += 1;
      if (f.closedOn && f.closedOn > prevEnd && f.closedOn <= asOf) summary.closed += 1;
    }
    return { checkpoint, value: summary };
  });
}
