import type { IndicatorDraftInput, NewProjectInput } from '../../generated/graphql';
import { cleanAmount } from '../work';

/** One indicator row of the targets editor, as typed. */
export interface TargetRowDraft {
  templateId: string | null;
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  targetValue: string;
  targetText: string;
  unitOfMeasure: string;
  weight: string;
  isKey: boolean;
  /** The saved indicator the row started from (its reviewers' comments stay beside it); null for a new row. */
  sourceId?: string | null;
}

/** A row from an indicator of the library: its name, levels, comparator, reference value and unit. */
export function rowFromTemplate(t: {
  id: string;
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  quantitative: boolean;
  referenceValue: string;
  unitOfMeasure: string;
}): TargetRowDraft {
  return {
    templateId: t.id,
    level1: t.level1,
    level2: t.level2,
    name: t.name,
    comparator: t.comparator,
    targetValue: t.quantitative ? t.referenceValue : '',
    targetText: t.quantitative ? '' : t.referenceValue,
    unitOfMeasure: t.unitOfMeasure,
    weight: '',
    isKey: false,
  };
}

/** A row from an indicator the project already has (a saved or returned draft). */
export function rowFromIndicator(i: {
  id?: string;
  templateId?: string | null;
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  targetValue?: string | null;
  targetText?: string | null;
  unitOfMeasure: string;
  weight: number | string;
  isKey: boolean;
}): TargetRowDraft {
  return {
    templateId: i.templateId ?? null,
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    comparator: i.comparator,
    targetValue: i.targetValue ?? '',
    targetText: i.targetText ?? '',
    unitOfMeasure: i.unitOfMeasure,
    weight: String(i.weight),
    isKey: i.isKey,
    sourceId: i.id ?? null,
  };
}

/** The indicators of `saveTargets`, in the rows' order so the server's `indicators[i]` names row i. */
export function targetIndicators(rows: readonly TargetRowDraft[]): IndicatorDraftInput[] {
  return rows.map((r) => {
    const qualitative = r.comparator === 'QUALITATIVE';
    const weight = Number(r.weight.trim());
    return {
      ...(r.templateId ? { templateId: r.templateId } : {}),
      level1: r.level1,
      level2: r.level2,
      name: r.name.trim(),
      comparator: r.comparator,
      targetValue: qualitative || r.targetValue.trim() === '' ? null : cleanAmount(r.targetValue),
      targetText: r.targetText.trim() === '' ? null : r.targetText.trim(),
      unitOfMeasure: r.unitOfMeasure.trim(),
      // A weight that is not a number goes as -1: the server names the row's weight.
      weight: r.weight.trim() === '' || !Number.isFinite(weight) ? -1 : weight,
      isKey: r.isKey,
    };
  });
}

/** The weights typed so far, added up (rows without a number count 0). */
export function weightTotal(rows: readonly { weight: string }[]): number {
  return (
    Math.round(rows.reduce((sum, r) => sum + (Number.isFinite(Number(r.weight)) ? Number(r.weight) : 0), 0) * 100) / 100
  );
}

export interface NewProjectDraft {
  name: string;
  budget: string;
  fundFamily: string;
  kind: string;
}

/** The variables of `createProject`: the amount without separators, the name trimmed. */
export function newProjectVariables(year: number, draft: NewProjectDraft): { input: NewProjectInput } {
  return {
    input: {
      year,
      name: draft.name.trim(),
      budget: cleanAmount(draft.budget),
      fundFamily: draft.fundFamily as NewProjectInput['fundFamily'],
      kind: draft.kind as NewProjectInput['kind'],
    },
  };
}

/** A review score typed as text: a number, or null when left empty. */
export function reviewScore(text: string): number | null {
  const t = text.trim();
  return t === '' ? null : Number(t);
}

interface ReviewLike {
  outcome: string;
  comment: string;
  indicatorComments: readonly { indicatorId: string; indicatorName?: string | null; comment: string }[];
}

/**
 * The review the unit revises against: the latest one, when it returned the targets (reviews come oldest
 * first). Null when the latest review passed them or there is none.
 */
export function latestReturn<R extends ReviewLike>(reviews: readonly R[]): R | null {
  const last = reviews[reviews.length - 1];
  return last && last.outcome === 'RETURNED' ? last : null;
}

/**
 * A return's comments by indicator id: the indicator commented on, or, after the unit saved a revision
 * (new rows, new ids), the one of the same name. The rest are listed with the name they were written on.
 */
export function commentsByIndicator(
  review: ReviewLike | null,
  indicators: readonly { id: string; name: string }[],
): { byId: Map<string, string>; orphans: string[] } {
  const byId = new Map<string, string>();
  const orphans: string[] = [];
  const known = new Set(indicators.map((i) => i.id));
  for (const c of review?.indicatorComments ?? []) {
    if (!c.comment.trim()) continue;
    const sameName = c.indicatorName
      ? indicators.find((i) => i.name === c.indicatorName && !byId.has(i.id))
      : undefined;
    if (known.has(c.indicatorId)) byId.set(c.indicatorId, c.comment);
    else if (sameName) byId.set(sameName.id, c.comment);
    else orphans.push(c.indicatorName ? `${c.indicatorName}：${c.comment}` : c.comment);
  }
  return { byId, orphans };
}

/**
 * The `indicatorComments` of a return: the comments written, in the indicators' order, blanks left out;
 * `fieldOf` names the form field (the indicator's) behind the server's `indicatorComments[k].comment`.
 */
export function indicatorCommentInputs(
  indicatorIds: readonly string[],
  typed: Readonly<Record<string, string>>,
): {
  comments: { indicatorId: string; comment: string }[];
  fieldOf: Record<string, string>;
} {
  const comments: { indicatorId: string; comment: string }[] = [];
  const fieldOf: Record<string, string> = {};
  for (const id of indicatorIds) {
    const text = typed[id]?.trim();
    if (!text) continue;
    fieldOf[`indicatorComments[${comments.length}].comment`] = id;
    comments.push({ indicatorId: id, comment: text });
  }
  return { comments, fieldOf };
}

/** Field errors renamed by `names` (the server's path → the form's field); the others kept. */
export function renameFields(
  fields: Readonly<Record<string, string>>,
  names: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [names[k] ?? k, v]));
}
