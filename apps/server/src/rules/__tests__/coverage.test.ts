import { DEFAULT_RULE_SET, type Ratio } from '@jixiao/schema/rule-defaults';
import { describe, expect, it } from 'vitest';
import { departmentEvaluationCoverage, transferSplitCheck } from '../coverage.js';

const rules = DEFAULT_RULE_SET.departmentEvaluation; // 20/100

describe('departmentEvaluationCoverage', () => {
  const unit = ['600.00', '300.00', '100.00']; // 1000.00

  it.each<[string, string[], string[], Ratio, boolean, string]>([
    ['meets at exactly 20%', unit, ['200.00'], { numerator: 20000, denominator: 100000 }, true, '0.00'],
    ['falls one fen short below 20%', unit, ['199.99'], { numerator: 19999, denominator: 100000 }, false, '0.01'],
    [
      'adds several selected projects',
      unit,
      ['100.00', '100.00'],
      { numerator: 20000, denominator: 100000 },
      true,
      '0.00',
    ],
    ['meets well above 20%', unit, ['600.00'], { numerator: 60000, denominator: 100000 }, true, '0.00'],
    ['needs the whole 20% when nothing is selected', unit, [], { numerator: 0, denominator: 100000 }, false, '200.00'],
    // 20% of 2 fen is 0.4 fen: one more fen is needed (half-up would say none and leave the unit short)
    ['rounds the shortfall up to the fen', ['0.01', '0.01'], [], { numerator: 0, denominator: 2 }, false, '0.01'],
    [
      'meets with a one-fen project of two fen',
      ['0.01', '0.01'],
      ['0.01'],
      { numerator: 1, denominator: 2 },
      true,
      '0.00',
    ],
    // total 222222221 fen × 20% = 44444444.2 → 44444445 fen needed; 44444445 − 40000000 = 4444445
    [
      'computes the shortfall exactly on large sums',
      ['1234567.89', '987654.32'],
      ['400000.00'],
      { numerator: 40000000, denominator: 222222221 },
      false,
      '44444.45',
    ],
    ['meets trivially when the unit has no project budget', [], [], { numerator: 1, denominator: 1 }, true, '0.00'],
    [
      'meets trivially when the unit’s projects are all zero',
      ['0.00'],
      ['0.00'],
      { numerator: 1, denominator: 1 },
      true,
      '0.00',
    ],
  ])('%s', (_name, unitProjectBudgets, selectedBudgets, share, meets, shortfall) => {
    expect(departmentEvaluationCoverage({ unitProjectBudgets, selectedBudgets }, rules)).toEqual({
      share,
      meets,
      shortfall,
    });
  });

  it.each<[string[], string[], boolean, string]>([
    [['300.00'], ['100.00'], true, '0.00'],
    [['300.00'], ['99.99'], false, '0.01'],
    // 10000 fen / 3 = 3333.33 → 3334 fen needed
    [['100.00'], [], false, '33.34'],
  ])(
    'takes the minimum share from the rule set (1/3): unit %j, selected %j → meets %s, shortfall %s',
    (unitProjectBudgets, selectedBudgets, meets, shortfall) => {
      const custom = { minBudgetShare: { numerator: 1, denominator: 3 } };
      const result = departmentEvaluationCoverage({ unitProjectBudgets, selectedBudgets }, custom);
      expect([result.meets, result.shortfall]).toEqual([meets, shortfall]);
    },
  );

  it.each([
    ['a unit budget "abc"', ['abc'], [], 'unitProjectBudgets[0]: 不是有效的十进制数'],
    ['a selected budget with three decimals', ['100.00'], ['1.001'], 'selectedBudgets[0]: 小数位数不得超过2位'],
    ['a negative selected budget', ['100.00'], ['-1.00'], 'selectedBudgets[0]: 不得为负数'],
    [
      'selected budgets above the unit total',
      ['100.00'],
      ['60.00', '40.01'],
      "selectedBudgets: 所选项目预算之和超过单位项目预算总额 / add up to 100.01, more than the unit's project budget 100.00",
    ],
    ['unit budgets that are not a list', '100.00', [], 'unitProjectBudgets: 须为金额列表'],
  ])('rejects %s, naming the field', (_name, unitProjectBudgets, selectedBudgets, message) => {
    expect(() => departmentEvaluationCoverage({ unitProjectBudgets, selectedBudgets } as never, rules)).toThrow(
      message,
    );
  });

  it('rejects a minimum share with a zero denominator', () => {
    expect(() =>
      departmentEvaluationCoverage(
        { unitProjectBudgets: ['1.00'], selectedBudgets: [] },
        { minBudgetShare: { numerator: 1, denominator: 0 } },
      ),
    ).toThrow('departmentEvaluation.minBudgetShare: 分母须为正整数');
  });
});

describe('transferSplitCheck', () => {
  it.each<[string, string, string[], boolean, string, string]>([
    ['accepts a split that adds up exactly', '1000.00', ['600.00', '400.00'], true, '1000.00', '0.00'],
    ['reports a split one fen short', '1000.00', ['600.00', '399.99'], false, '999.99', '0.01'],
    [
      'reports a split one fen over as a negative difference',
      '1000.00',
      ['600.00', '400.01'],
      false,
      '1000.01',
      '-0.01',
    ],
    ['adds 0.10 + 0.20 to exactly 0.30', '0.30', ['0.10', '0.20'], true, '0.30', '0.00'],
    ['adds ten times 0.10 to exactly 1.00', '1.00', Array(10).fill('0.10'), true, '1.00', '0.00'],
    ['accepts an empty split of zero', '0.00', [], true, '0.00', '0.00'],
    ['reports an empty split of a positive value', '5.00', [], false, '0.00', '5.00'],
    ['checks large amounts exactly', '645000000.00', ['364000000.00', '281000000.00'], true, '645000000.00', '0.00'],
  ])('%s', (_name, upperValue, splitValues, ok, sum, difference) => {
    expect(transferSplitCheck({ upperValue, splitValues })).toEqual({ ok, sum, difference });
  });

  it.each([
    ['an upper value "abc"', 'abc', ['1.00'], 'upperValue: 不是有效的十进制数'],
    ['a negative upper value', '-1.00', [], 'upperValue: 不得为负数'],
    ['a bad split value', '2.00', ['1.00', 'x'], 'splitValues[1]: 不是有效的十进制数'],
    ['a split value with three decimals', '2.00', ['1.005'], 'splitValues[0]: 小数位数不得超过2位'],
  ])('rejects %s, naming the field', (_name, upperValue, splitValues, message) => {
    expect(() => transferSplitCheck({ upperValue, splitValues })).toThrow(message);
  });
});
