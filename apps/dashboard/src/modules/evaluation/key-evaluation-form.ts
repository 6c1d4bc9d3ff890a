import type { FindingInput } from '../../generated/graphql';
import type { Lang } from '../../app/i18n/translate';

/** One finding as the agency types it. */
export interface FindingDraft {
  category: string;
  text: string;
  suggestion: string;
}

/** The agency's report as typed: the score, the findings and the report's file name. */
export interface KeyEvaluationDraft {
  score: string;
  reportName: string;
  findings: FindingDraft[];
}

export const EMPTY_FINDING: FindingDraft = { category: '', text: '', suggestion: '' };

export const EMPTY_KEY_EVALUATION: KeyEvaluationDraft = { score: '', reportName: '', findings: [EMPTY_FINDING] };

const MESSAGES = {
  number: { zh: '请填写数字', en: 'enter a number' },
};

/**
 * A score typed as "86", "86.5" or "８６．５" → 86.5; null when it is not a number at all. The range
 * (0–100) is the server's to check, so its message comes back at the field.
 */
export function parseScore(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** The findings as the API takes them, trimmed, in the order shown (the server names a bad one by its index). */
export function findingInputs(findings: readonly FindingDraft[]): FindingInput[] {
  return findings.map((f) => ({ category: f.category.trim(), text: f.text.trim(), suggestion: f.suggestion.trim() }));
}

export type Built<V> = { variables: V; fields: null } | { variables: null; fields: Record<string, string> };

/** The variables of `submitKeyEvaluation`, or the fields the form must fix first (a score that is no number). */
export function keyEvaluationVariables(
  evaluation: { id: string; version: number },
  draft: KeyEvaluationDraft,
  lang: Lang,
): Built<{ id: string; version: number; score: number; reportName: string; findings: FindingInput[] }> {
  const score = parseScore(draft.score);
  if (score === null) return { variables: null, fields: { score: MESSAGES.number[lang] } };
  return {
    variables: {
      id: evaluation.id,
      version: evaluation.version,
      score,
      reportName: draft.reportName.trim(),
      findings: findingInputs(draft.findings),
    },
    fields: null,
  };
}

/** The variables of `finalizeEvaluation`: left empty, the agency's score stands (expertScore null). */
/** The expert panel's result: its score (blank keeps the agency's) and the findings it does not uphold, in the report's order. */
export function finalizeVariables(
  evaluation: { id: string; version: number; findings?: readonly { id: string }[] },
  expertScore: string,
  lang: Lang,
  notUpheld: ReadonlySet<string> = new Set(),
): Built<{ id: string; version: number; expertScore: number | null; notUpheldFindingIds: string[] }> {
  const notUpheldFindingIds = (evaluation.findings ?? []).map((f) => f.id).filter((id) => notUpheld.has(id));
  if (expertScore.trim() === '')
    return {
      variables: { id: evaluation.id, version: evaluation.version, expertScore: null, notUpheldFindingIds },
      fields: null,
    };
  const score = parseScore(expertScore);
  if (score === null) return { variables: null, fields: { expertScore: MESSAGES.number[lang] } };
  return {
    variables: { id: evaluation.id, version: evaluation.version, expertScore: score, notUpheldFindingIds },
    fields: null,
  };
}

/** The score that counts: the expert panel's when it set one, else the agency's. */
export function finalScore(e: { score?: number | null; expertScore?: number | null }): number | null {
  return e.expertScore ?? e.score ?? null;
}

/** The agency's latest rating (by year), or null when it has none yet. */
export function latestRating<R extends { year: number }>(ratings: readonly R[]): R | null {
  return ratings.reduce<R | null>((best, r) => (best === null || r.year > best.year ? r : best), null);
}

/** The least number of key evaluations a year, from the rules (`keyEvaluation.minProjects`); null if absent. */
export function minKeyEvaluations(rules: unknown): number | null {
  const value = (rules as { keyEvaluation?: { minProjects?: unknown } } | null | undefined)?.keyEvaluation?.minProjects;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Whether a project already has a key evaluation (it cannot be assigned another). */
export function hasKeyEvaluation(project: { evaluations: readonly { kind: string }[] }): boolean {
  return project.evaluations.some((e) => e.kind === 'KEY');
}

/** The key evaluations in the order of the work: submitted (to finalize) first, then drafts, then final; by code. */
export function keyEvaluationRows<E extends { status: string; project?: { code: string } | null }>(
  rows: readonly E[],
): E[] {
  const rank: Record<string, number> = { SUBMITTED: 0, DRAFT: 1, FINAL: 2 };
  return [...rows].sort(
    (a, b) =>
      (rank[a.status] ?? 3) - (rank[b.status] ?? 3) || (a.project?.code ?? '').localeCompare(b.project?.code ?? ''),
  );
}

/** The ids checked that are still on the page (a page change or a refresh drops the others). */
export function selectedOnPage(selected: ReadonlySet<string>, page: readonly { id: string }[]): string[] {
  return page.filter((r) => selected.has(r.id)).map((r) => r.id);
}

/** "Select all on the page": checks every publishable row of the page, or unchecks them when all are checked. */
export function toggleAll(selected: ReadonlySet<string>, publishable: readonly { id: string }[]): Set<string> {
  const next = new Set(selected);
  const all = publishable.length > 0 && publishable.every((r) => next.has(r.id));
  for (const r of publishable) {
    if (all) next.delete(r.id);
    else next.add(r.id);
  }
  return next;
}

export function toggleOne(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
