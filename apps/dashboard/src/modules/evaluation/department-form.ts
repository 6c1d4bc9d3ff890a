import { DEFAULT_RULE_SET, type Ratio } from '@jixiao/schema/rule-defaults';
import type { Lang } from '../../app/i18n/translate';

// The pure logic of step 4's two forms: the unit's pick for department evaluation (部门评价) with its
// scores, and the performance section's authenticity sample (真实性核查). The server decides every rule
// (coverage, sample size, grades, the veto); these functions only shape what is typed and shown.

const RULE_SHARES = {
  department: (rules: unknown) =>
    (rules as { departmentEvaluation?: { minBudgetShare?: unknown } } | null)?.departmentEvaluation?.minBudgetShare,
  authenticity: (rules: unknown) =>
    (rules as { authenticity?: { minSampleShare?: unknown } } | null)?.authenticity?.minSampleShare,
};

function isRatio(value: unknown): value is Ratio {
  const r = value as Ratio | null;
  return !!r && Number.isFinite(r.numerator) && Number.isFinite(r.denominator) && r.denominator > 0;
}

/**
 * The share a rule of the year asks for, as a fraction to show (0.2 → "20.0%"): the department
 * evaluation's minimum budget share, or the authenticity sample's minimum share. The default when the
 * year's rules (a JSON object from `ruleSet`) lack it.
 */
export function ruleShare(rules: unknown, which: keyof typeof RULE_SHARES): number {
  const fallback =
    which === 'department'
      ? DEFAULT_RULE_SET.departmentEvaluation.minBudgetShare
      : DEFAULT_RULE_SET.authenticity.minSampleShare;
  const found = RULE_SHARES[which](rules);
  const ratio = isRatio(found) ? found : fallback;
  return ratio.numerator / ratio.denominator;
}

interface EvaluationLike {
  kind: string;
  status: string;
}

interface ProjectLike<E extends EvaluationLike = EvaluationLike> {
  id: string;
  code: string;
  targetStatus: string;
  evaluations: readonly E[];
}

/** The project's department evaluation (kind DEPARTMENT), if it has one. */
export function departmentEvaluationOf<E extends EvaluationLike>(evaluations: readonly E[]): E | null {
  return evaluations.find((e) => e.kind === 'DEPARTMENT') ?? null;
}

/** The projects a unit can pick: those with approved targets (the server's coverage counts them alone), by code. */
export function pickableProjects<P extends ProjectLike>(projects: readonly P[]): P[] {
  return projects.filter((p) => p.targetStatus === 'APPROVED').sort((a, b) => a.code.localeCompare(b.code));
}

/** The selection the server holds: the projects that already have a department evaluation. */
export function confirmedSelection(projects: readonly ProjectLike[]): string[] {
  return projects
    .filter((p) => departmentEvaluationOf(p.evaluations))
    .map((p) => p.id)
    .sort();
}

/** Projects whose department evaluation is past its draft: the server refuses to unpick them. */
export function lockedProjects(projects: readonly ProjectLike[]): Set<string> {
  return new Set(
    projects
      .filter((p) => {
        const e = departmentEvaluationOf(p.evaluations);
        return !!e && e.status !== 'DRAFT';
      })
      .map((p) => p.id),
  );
}

/** Ticks or unticks a project; a locked one stays picked. The result is sorted, so equal picks ask the same query. */
export function togglePick(selection: readonly string[], id: string, locked: ReadonlySet<string>): string[] {
  if (locked.has(id)) return [...selection].sort();
  const set = new Set(selection);
  if (set.has(id)) set.delete(id);
  else set.add(id);
  return [...set].sort();
}

export function sameSelection(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sb = [...b].sort();
  return [...a].sort().every((id, i) => id === sb[i]);
}

/** Where a project stands: recorded, picked and awaiting its score, ticked but not confirmed, to be unpicked, or not picked. */
export type DepartmentState = 'final' | 'draft' | 'unsaved' | 'removing' | 'none';

export function departmentState(project: ProjectLike, picked: boolean): DepartmentState {
  const e = departmentEvaluationOf(project.evaluations);
  if (e && e.status !== 'DRAFT') return 'final';
  if (e) return picked ? 'draft' : 'removing';
  return picked ? 'unsaved' : 'none';
}

/** The other years with evaluations still to record, and how many, by year. */
export function otherYears(rows: readonly { year: number }[], year: number): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.year !== year) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return [...counts].map(([y, count]) => ({ year: y, count })).sort((a, b) => a.year - b.year);
}

/** The department evaluation's form as typed. */
export interface DepartmentScoreDraft {
  score: string;
  explanation: string;
}

const MESSAGES = {
  score: { zh: '请填写 0–100 之间的得分', en: 'enter a score from 0 to 100' },
  seed: { zh: '请填写随机种子', en: 'enter a seed' },
};

/** A score typed as "88" or "88.5" (full-width digits too) → 88.5; null when it is not a number from 0 to 100. */
export function parseScore(text: string): number | null {
  const t = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n <= 100 ? n : null;
}

/** The variables of `recordDepartmentEvaluation`, or the field the form must fix before sending. */
export function departmentScoreVariables(
  evaluation: { id: string; version: number },
  draft: DepartmentScoreDraft,
  lang: Lang,
):
  | { variables: { id: string; score: number; explanation: string; version: number }; fields: null }
  | { variables: null; fields: Record<string, string> } {
  const score = parseScore(draft.score);
  if (score === null) return { variables: null, fields: { score: MESSAGES.score[lang] } };
  return {
    variables: { id: evaluation.id, score, explanation: draft.explanation.trim(), version: evaluation.version },
    fields: null,
  };
}

const SEED_WORDS: Record<Lang, readonly string[]> = {
  zh: ['胡杨', '塔河', '罗布', '孔雀河', '天山', '雪莲', '白杨', '红柳', '沙枣', '梭梭'],
  en: ['poplar', 'tarim', 'lop', 'peacock', 'tianshan', 'lotus', 'aspen', 'tamarisk', 'oleaster', 'saxaul'],
};

/** A date as YYYY-MM-DD in local time. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A seed to start from: the day's date and a random word ("2024-06-03-胡杨"); the reader may change it. */
export function defaultSeed(date: Date, lang: Lang, random: () => number = Math.random): string {
  const words = SEED_WORDS[lang];
  const word = words[Math.min(words.length - 1, Math.floor(random() * words.length))]!;
  return `${isoDate(date)}-${word}`;
}

/** The seed to send, or the field to fix (the server also checks it: 1–100 characters, trimmed). */
export function seedVariable(
  seed: string,
  lang: Lang,
): { seed: string; fields: null } | { seed: null; fields: Record<string, string> } {
  const trimmed = seed.trim();
  return trimmed ? { seed: trimmed, fields: null } : { seed: null, fields: { seed: MESSAGES.seed[lang] } };
}

/** The samples (of other years) with checks still to record, and how many. */
export function pendingSamples(
  samples: readonly ({ year: number; checks: readonly { result: string }[] } | null | undefined)[],
): { year: number; count: number }[] {
  return samples
    .flatMap((s) => (s ? [{ year: s.year, count: s.checks.filter((c) => c.result === 'PENDING').length }] : []))
    .filter((s) => s.count > 0)
    .sort((a, b) => a.year - b.year);
}

/** How far the checks of a sample are: checked, failed, of the sample size. */
export function sampleProgress(checks: readonly { result: string }[]): { size: number; done: number; failed: number } {
  return {
    size: checks.length,
    done: checks.filter((c) => c.result !== 'PENDING').length,
    failed: checks.filter((c) => c.result === 'FAILED').length,
  };
}
