import { describe, expect, it } from 'vitest';
import * as enums from '../enums.js';
import { DEFAULT_RULE_SET } from '../rule-defaults.js';

describe('shared enums', () => {
  it.each([
    ['FUND_FAMILIES', enums.FUND_FAMILIES, enums.FUND_FAMILY_LABELS],
    ['GRADES', enums.GRADES, enums.GRADE_LABELS],
    ['EVALUATION_KINDS', enums.EVALUATION_KINDS, enums.EVALUATION_KIND_LABELS],
    ['ROLES', enums.ROLES, enums.ROLE_LABELS],
    ['SECTION_KINDS', enums.SECTION_KINDS, enums.SECTION_KIND_LABELS],
    ['INDICATOR_LEVEL1', enums.INDICATOR_LEVEL1, enums.INDICATOR_LEVEL1_LABELS],
    ['FLAG_LEVELS', enums.FLAG_LEVELS, enums.FLAG_LEVEL_LABELS],
  ] as const)('%s: every value has a Chinese and an English label, and no label is spare', (_n, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const v of values) {
      const l = (labels as Record<string, enums.Label>)[v]!;
      expect(l.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(l.en).toMatch(/^[A-Z]/);
    }
  });

  it('uses the grade names the report uses: 优 良 中 差', () => {
    expect(enums.GRADES.map((g) => enums.GRADE_LABELS[g].zh)).toEqual(['优', '良', '中', '差']);
  });
});

describe('the default rule set (DOMAIN.md)', () => {
  const r = DEFAULT_RULE_SET;
  it('monitors at the end of May and August against 5/12 and 8/12 of the year, reports due on the 10th', () => {
    expect(r.monitoring.checkpoints).toEqual([
      { month: 5, elapsedShare: { numerator: 5, denominator: 12 }, reportDueDay: 10 },
      { month: 8, elapsedShare: { numerator: 8, denominator: 12 }, reportDueDay: 10 },
    ]);
    expect(r.monitoring.maxKeyIndicatorDeviation).toEqual({ numerator: 20, denominator: 100 });
    expect(r.monitoring.failuresForRed).toBe(2);
  });
  it('weights self-evaluation 10/50/30/10 and grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60', () => {
    const w = r.evaluation.weights;
    expect([w.execution, w.output, w.benefit, w.satisfaction]).toEqual([10, 50, 30, 10]);
    expect(r.evaluation.gradeBands).toEqual({ EXCELLENT: 90, GOOD: 80, MEDIUM: 60 });
  });
  it('cuts 10% for 中 and 20% for 差, rates agencies 20/40/20/20 with A ≥ 90, B ≥ 75, C ≥ 60', () => {
    expect(r.resultApplication.cutShare).toEqual({
      MEDIUM: { numerator: 10, denominator: 100 },
      POOR: { numerator: 20, denominator: 100 },
    });
    expect(r.agencyRating.weights).toEqual({ quantity: 20, quality: 40, effect: 20, satisfaction: 20 });
    expect(r.agencyRating.bands).toEqual({ A: 90, B: 75, C: 60 });
  });
  it('requires department evaluation of ≥ 20% of a unit’s budget and authenticity samples of ≥ 10%', () => {
    expect(r.departmentEvaluation.minBudgetShare).toEqual({ numerator: 20, denominator: 100 });
    expect(r.authenticity.minSampleShare).toEqual({ numerator: 10, denominator: 100 });
    expect(r.exAnte.agencyReassessmentFrom).toBe('500000.00');
  });
});
