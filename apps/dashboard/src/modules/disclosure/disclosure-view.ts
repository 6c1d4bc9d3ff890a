import {
  COMPARATOR_SYMBOLS,
  EVALUATION_KIND_LABELS,
  GRADE_LABELS,
  INDICATOR_LEVEL1_LABELS,
} from '@jixiao/schema/enums';
import { formatWan, formatYuan } from '@jixiao/ui/format';
import type { Lang } from '../../app/i18n/translate';

// How the public page words what the API discloses: pure, so it is tested without a browser.

/** The years a visitor can pick, newest first, and the one shown first (the budget year in progress). */
export function disclosureYears(years: readonly number[]): number[] {
  return [...years].sort((a, b) => b - a);
}

/** The year asked for in the address when it is one of the years, else the newest. */
export function pickYear(param: string | null, years: readonly number[]): number {
  const n = Number(param);
  const sorted = disclosureYears(years);
  return sorted.includes(n) ? n : sorted[0]!;
}

/** An amount as the public reads it: 万元 in Chinese (as in the county's reports), thousands in English. */
export function budgetText(yuan: string, lang: Lang): string {
  return lang === 'zh' ? formatWan(yuan) : formatYuan(yuan, { locale: 'en' });
}

interface IndicatorLike {
  comparator: string;
  targetValue?: string | null;
  targetText?: string | null;
  unitOfMeasure: string;
}

/** A target as written in the disclosure: "≥ 95 %", "= 1,200 人次", or the qualitative wording. */
export function targetText(indicator: IndicatorLike): string {
  if (indicator.comparator === 'QUALITATIVE' || indicator.targetValue === null || indicator.targetValue === undefined) {
    return indicator.targetText?.trim() || '—';
  }
  const symbol =
    (COMPARATOR_SYMBOLS as Record<string, string | undefined>)[indicator.comparator] ?? indicator.comparator;
  return [symbol, indicator.targetValue, indicator.unitOfMeasure].filter((s) => s && s.trim()).join(' ');
}

function label(map: Record<string, { zh: string; en: string }>, key: string | null | undefined, lang: Lang): string {
  if (!key) return '—';
  return map[key]?.[lang] ?? key;
}

export const level1Label = (level1: string, lang: Lang) => label(INDICATOR_LEVEL1_LABELS, level1, lang);
export const evaluationKindLabel = (kind: string, lang: Lang) => label(EVALUATION_KIND_LABELS, kind, lang);
export const gradeLabel = (grade: string | null | undefined, lang: Lang) => label(GRADE_LABELS, grade, lang);

/** A score out of 100 with two decimals, or a dash when the evaluation discloses none. */
export function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : score.toFixed(2);
}
