import { describe, expect, it } from 'vitest';
import {
  budgetText,
  disclosureYears,
  evaluationKindLabel,
  gradeLabel,
  level1Label,
  pickYear,
  scoreText,
  targetText,
} from './disclosure-view';

describe('the public page’s wording', () => {
  it('shows budgets in 万元 in Chinese and in thousands in English, exactly rounded', () => {
    expect(budgetText('365600.00', 'zh')).toBe('36.56 万元');
    expect(budgetText('645037526.18', 'zh')).toBe('64,503.75 万元');
    expect(budgetText('365600.00', 'en')).toBe('¥365.60K');
  });

  it('writes a quantitative target with its comparator and unit, a qualitative one as worded', () => {
    expect(targetText({ comparator: 'GE', targetValue: '95', unitOfMeasure: '%' })).toBe('≥ 95 %');
    expect(targetText({ comparator: 'LE', targetValue: '30', unitOfMeasure: '天', targetText: null })).toBe('≤ 30 天');
    expect(
      targetText({ comparator: 'QUALITATIVE', targetValue: null, targetText: ' 明显提升 ', unitOfMeasure: '' }),
    ).toBe('明显提升');
    expect(targetText({ comparator: 'QUALITATIVE', targetValue: null, targetText: null, unitOfMeasure: '' })).toBe('—');
  });

  it('names kinds, grades and indicator levels in the reader’s language', () => {
    expect(evaluationKindLabel('KEY', 'zh')).toBe('财政重点评价');
    expect(evaluationKindLabel('SELF', 'en')).toBe('Self-evaluation');
    expect(gradeLabel('EXCELLENT', 'zh')).toBe('优');
    expect(gradeLabel(null, 'en')).toBe('—');
    expect(level1Label('BENEFIT', 'en')).toBe('Benefit');
    expect(level1Label('NEW_LEVEL', 'zh')).toBe('NEW_LEVEL');
  });

  it('shows scores with two decimals, a dash when none is disclosed', () => {
    expect(scoreText(92.5)).toBe('92.50');
    expect(scoreText(null)).toBe('—');
  });

  it('starts at the newest year and keeps a year from the address only when offered', () => {
    expect(disclosureYears([2022, 2024, 2023])).toEqual([2024, 2023, 2022]);
    expect(pickYear(null, [2022, 2023, 2024])).toBe(2024);
    expect(pickYear('2022', [2022, 2023, 2024])).toBe(2022);
    expect(pickYear('1999', [2022, 2023, 2024])).toBe(2024);
  });
});
