import type { Comparator, IndicatorLevel1 } from '@jixiao/schema/enums';
import { INDICATOR_DECIMALS } from './monitoring.js';
import { parseScaled } from './decimal.js';
import { parseScore } from './score.js';

export interface TargetIndicator {
  level1: IndicatorLevel1;
  name: string;
  comparator: Comparator;
  targetValue?: string | null;
  targetText?: string | null;
  unitOfMeasure?: string | null;
  weight: string | number;
  /** The reference value of the library template it was built from (qualitative ones only), if any. */
  libraryReference?: string | null;
}

export interface TargetProblem {
  field: string;
  zh: string;
  en: string;
}

// Words that make a target unmeasurable when no number comes with them.
const VAGUE = ['进一步', '有所', '逐步', '不断', '大幅', '明显', '显著', '稳步', '持续'];

/**
 * The quality checks a set of targets must pass before it is submitted: at least one output and one
 * benefit indicator, weights adding up to 100, a value and a unit on every quantitative indicator,
 * and no vague target ("进一步提高" with no number). Returns every problem, each naming its field.
 */
export function targetProblems(indicators: readonly TargetIndicator[]): TargetProblem[] {
  const problems: TargetProblem[] = [];
  if (!indicators.some((i) => i.level1 === 'OUTPUT')) {
    problems.push({ field: 'indicators', zh: '至少需要一个产出指标', en: 'needs at least one output indicator' });
  }
  if (!indicators.some((i) => i.level1 === 'BENEFIT')) {
    problems.push({ field: 'indicators', zh: '至少需要一个效益指标', en: 'needs at least one benefit indicator' });
  }
  let total = 0n;
  indicators.forEach((ind, i) => {
    const field = `indicators[${i}]`;
    try {
      total += parseScore(ind.weight, `${field}.weight`);
    } catch {
      problems.push({ field: `${field}.weight`, zh: '权重须为0–100的数', en: 'weight must be a number 0–100' });
    }
    if (ind.comparator !== 'QUALITATIVE') {
      if (ind.targetValue == null || ind.targetValue === '') {
        problems.push({
          field: `${field}.targetValue`,
          zh: '量化指标须有目标值',
          en: 'a quantitative indicator needs a target value',
        });
      } else {
        try {
          parseScaled(ind.targetValue, `${field}.targetValue`, INDICATOR_DECIMALS, { allowNegative: true });
        } catch {
          problems.push({
            field: `${field}.targetValue`,
            zh: '目标值须为数字',
            en: 'the target value must be a number',
          });
        }
      }
      if (!ind.unitOfMeasure?.trim()) {
        problems.push({
          field: `${field}.unitOfMeasure`,
          zh: '量化指标须有计量单位',
          en: 'a quantitative indicator needs a unit of measure',
        });
      }
    } else if (!ind.targetText?.trim()) {
      problems.push({
        field: `${field}.targetText`,
        zh: '定性指标须写明目标',
        en: 'a qualitative indicator needs its target in words',
      });
    }
    // The library's own qualitative reference value ("明显改善") is the standard wording of that indicator, not
    // a vague target: a unit that keeps it passes (issue 11 §2: approved library targets could not be re-entered).
    const fromLibrary =
      ind.comparator === 'QUALITATIVE' &&
      !!ind.libraryReference?.trim() &&
      ind.targetText?.trim() === ind.libraryReference.trim();
    const text = `${ind.name}${ind.targetText ?? ''}`;
    if (!fromLibrary && VAGUE.some((w) => text.includes(w)) && !/\d/.test(`${text}${ind.targetValue ?? ''}`)) {
      problems.push({
        field: `${field}.targetText`,
        zh: '目标表述模糊（如“进一步提高”）且无具体数值',
        en: 'vague target (e.g. "further improve") with no number',
      });
    }
  });
  if (indicators.length > 0 && total !== 10000n) {
    problems.push({
      field: 'indicators',
      zh: `权重合计须为100（现为${Number(total) / 100}）`,
      en: `weights must add up to 100 (they add up to ${Number(total) / 100})`,
    });
  }
  return problems;
}
