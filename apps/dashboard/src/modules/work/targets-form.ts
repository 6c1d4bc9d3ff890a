import type { IndicatorDraftInput, NewProjectInput } from '../../generated/graphql';
import { cleanAmount } from './report-form';

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
}

/** A row from an indicator of the library: its name, levels, comparator, reference value and unit. */
export function rowFromTemplate(t: { id: string; level1: string; level2: string; name: string; comparator: string; quantitative: boolean; referenceValue: string; unitOfMeasure: string }): TargetRowDraft {
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
export function rowFromIndicator(i: { level1: string; level2: string; name: string; comparator: string; targetValue?: string | null; targetText?: string | null; unitOfMeasure: string; weight: number; isKey: boolean }): TargetRowDraft {
  return {
    templateId: null,
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    comparator: i.comparator,
    targetValue: i.targetValue ?? '',
    targetText: i.targetText ?? '',
    unitOfMeasure: i.unitOfMeasure,
    weight: String(i.weight),
    isKey: i.isKey,
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
  return Math.round(rows.reduce((sum, r) => sum + (Number.isFinite(Number(r.weight)) ? Number(r.weight) : 0), 0) * 100) / 100;
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
