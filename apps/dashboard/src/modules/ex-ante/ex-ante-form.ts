import type { ExAnteConclusion } from '@jixiao/schema/enums';
import type { ExAnteInput } from '../../generated/graphql';
import type { Lang } from '../../app/i18n/translate';

/** The four arguments of a filing, in the order the form asks them. */
export const EX_ANTE_ARGUMENTS = ['necessity', 'feasibility', 'targetReasonableness', 'fundingPlan'] as const;
export type ExAnteArgument = (typeof EX_ANTE_ARGUMENTS)[number];

/** The filing as typed. */
export type ExAnteDraft = Record<ExAnteArgument, string> & { attachmentNames: string[] };

export const EMPTY_EX_ANTE: ExAnteDraft = {
  necessity: '',
  feasibility: '',
  targetReasonableness: '',
  fundingPlan: '',
  attachmentNames: [],
};

/** Where an assessment stands; NONE while the unit has filed nothing. */
export type ExAnteStage =
  'NONE' | 'DRAFT' | 'SUBMITTED' | 'FIRST_REVIEWED' | 'AGENCY_REVIEW' | 'AGENCY_REVIEWED' | 'CONCLUDED';

const STAGES: readonly ExAnteStage[] = [
  'NONE',
  'DRAFT',
  'SUBMITTED',
  'FIRST_REVIEWED',
  'AGENCY_REVIEW',
  'AGENCY_REVIEWED',
  'CONCLUDED',
];

const MESSAGES = {
  score: { zh: '请填写 0–100 之间的评分', en: 'enter a score from 0 to 100' },
  conclusion: { zh: '请选择结论', en: 'choose a conclusion' },
  agency: { zh: '请选择机构', en: 'choose an agency' },
};

export function exAnteStage(assessment: { status: string } | null | undefined): ExAnteStage {
  if (!assessment) return 'NONE';
  return STAGES.find((s) => s === assessment.status) ?? 'NONE';
}

/** The badge colour of a stage: grey before filing, blue waiting, amber in review, green concluded. */
export function stageTone(stage: ExAnteStage): 'none' | 'submitted' | 'reviewed' | 'confirmed' {
  switch (stage) {
    case 'NONE':
    case 'DRAFT':
      return 'none';
    case 'SUBMITTED':
      return 'submitted';
    case 'FIRST_REVIEWED':
    case 'AGENCY_REVIEW':
    case 'AGENCY_REVIEWED':
      return 'reviewed';
    case 'CONCLUDED':
      return 'confirmed';
  }
}

/** The unit may file (or refile a draft) until the assessment leaves its hands. */
export function canFile(stage: ExAnteStage): boolean {
  return stage === 'NONE' || stage === 'DRAFT';
}

/** The form to start from: what a draft already holds, or nothing. */
export function draftOf(
  assessment:
    (Record<ExAnteArgument, string> & { status: string; attachmentNames: readonly string[] }) | null | undefined,
): ExAnteDraft {
  if (!assessment || assessment.status !== 'DRAFT') return { ...EMPTY_EX_ANTE, attachmentNames: [] };
  return {
    necessity: assessment.necessity,
    feasibility: assessment.feasibility,
    targetReasonableness: assessment.targetReasonableness,
    fundingPlan: assessment.fundingPlan,
    attachmentNames: [...assessment.attachmentNames],
  };
}

/** Characters written, as a reader counts them (a Chinese character is one). */
export function charCount(text: string): number {
  return [...text.trim()].length;
}

/** The list with one more attachment name; blanks are ignored and a name already listed is refused. */
export function addAttachment(
  list: readonly string[],
  name: string,
): { list: string[]; outcome: 'added' | 'blank' | 'duplicate' } {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) return { list: [...list], outcome: 'blank' };
  if (list.includes(clean)) return { list: [...list], outcome: 'duplicate' };
  return { list: [...list, clean], outcome: 'added' };
}

export function removeAttachment(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/** The variables of `submitExAnteAssessment`: the arguments trimmed; the version only when refiling. */
export function exAnteVariables(
  projectId: string,
  draft: ExAnteDraft,
  version: number | null | undefined,
): { projectId: string; version: number | null; input: ExAnteInput } {
  return {
    projectId,
    version: version ?? null,
    input: {
      necessity: draft.necessity.trim(),
      feasibility: draft.feasibility.trim(),
      targetReasonableness: draft.targetReasonableness.trim(),
      fundingPlan: draft.fundingPlan.trim(),
      attachmentNames: draft.attachmentNames.map((n) => n.trim()).filter(Boolean),
    },
  };
}

/** The unit's new projects of the years shown (the server sends only new ones), by year then code. */
export function newProjects<P extends { kind: string; year: number; code: string }>(
  ...pages: readonly (readonly P[])[]
): P[] {
  return pages
    .flat()
    .filter((p) => p.kind === 'NEW')
    .sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
}

/** A score typed as "85" or "85.5"; null when it is not a number (the server checks the range). */
export function parseScore(text: string): number | null {
  const t = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

type Built<V> = { variables: V; fields: null } | { variables: null; fields: Record<string, string> };

/** The variables of `concludeExAnteAssessment`, or the fields to fix before anything can be sent. */
export function conclusionVariables(
  projectId: string,
  version: number,
  draft: { score: string; conclusion: ExAnteConclusion | '' },
  lang: Lang,
): Built<{ projectId: string; version: number; score: number; conclusion: ExAnteConclusion }> {
  const fields: Record<string, string> = {};
  const score = parseScore(draft.score);
  if (score === null) fields.score = MESSAGES.score[lang];
  if (!draft.conclusion) fields.conclusion = MESSAGES.conclusion[lang];
  if (score === null || !draft.conclusion) return { variables: null, fields };
  return { variables: { projectId, version, score, conclusion: draft.conclusion }, fields: null };
}

/** The variables of `submitAgencyExAnte`; the server checks the opinion. */
export function agencyVariables(
  projectId: string,
  version: number,
  draft: { conclusion: ExAnteConclusion | ''; opinion: string },
  lang: Lang,
): Built<{ projectId: string; version: number; conclusion: ExAnteConclusion; opinion: string }> {
  if (!draft.conclusion) return { variables: null, fields: { conclusion: MESSAGES.conclusion[lang] } };
  return {
    variables: { projectId, version, conclusion: draft.conclusion, opinion: draft.opinion.trim() },
    fields: null,
  };
}

/** The variables of `sendExAnteToAgency`, or the agency field to fill first. */
export function sendVariables(
  projectId: string,
  version: number,
  agencyId: string,
  lang: Lang,
): Built<{ projectId: string; version: number; agencyId: string }> {
  if (!agencyId) return { variables: null, fields: { agencyId: MESSAGES.agency[lang] } };
  return { variables: { projectId, version, agencyId }, fields: null };
}

/**
 * The performance section may send an assessment to an agency once first-reviewed, if its budget reaches the
 * threshold or the project is specialised (专项).
 */
export function canSendToAgency(assessment: { status: string; reassessmentEligible: boolean }): boolean {
  return assessment.status === 'FIRST_REVIEWED' && assessment.reassessmentEligible;
}

/** What the conclusion means for the project's money: which note the unit reads. */
export function consequenceOf(
  assessment: { status: string; conclusion?: string | null } | null | undefined,
): 'SUPPORT' | 'PARTIAL_SUPPORT' | 'NO_SUPPORT' | 'pending' {
  if (assessment?.status !== 'CONCLUDED') return 'pending';
  return assessment.conclusion === 'SUPPORT' ||
    assessment.conclusion === 'PARTIAL_SUPPORT' ||
    assessment.conclusion === 'NO_SUPPORT'
    ? assessment.conclusion
    : 'pending';
}
