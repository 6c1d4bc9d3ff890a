import type { Grade } from '@jixiao/schema/enums';
import { DEFAULT_RULE_SET, type Ratio } from '@jixiao/schema/rule-defaults';
import { describe, expect, it } from 'vitest';
import { proposedCut } from '../result-application.js';

const rules = DEFAULT_RULE_SET.resultApplication; // MEDIUM 10/100, POOR 20/100

describe('proposedCut', () => {
  it.each<[string, Grade, string, Ratio | null, string, string]>([
    ['does not cut an EXCELLENT project', 'EXCELLENT', '1000.00', null, '0.00', '1000.00'],
    ['does not cut a GOOD project', 'GOOD', '1000.00', null, '0.00', '1000.00'],
    ['cuts a MEDIUM project by 10%', 'MEDIUM', '1000.00', { numerator: 10, denominator: 100 }, '100.00', '900.00'],
    ['cuts a POOR project by 20%', 'POOR', '1000.00', { numerator: 20, denominator: 100 }, '200.00', '800.00'],
    // 5 fen × 10% = 0.5 fen → 1 fen (half-up)
    ['rounds a half-fen cut up', 'MEDIUM', '0.05', { numerator: 10, denominator: 100 }, '0.01', '0.04'],
    // 4 fen × 10% = 0.4 fen → 0
    ['rounds a 0.4-fen cut down to nothing', 'MEDIUM', '0.04', { numerator: 10, denominator: 100 }, '0.00', '0.04'],
    // 3 fen × 20% = 0.6 fen → 1 fen
    ['rounds a 0.6-fen cut up', 'POOR', '0.03', { numerator: 20, denominator: 100 }, '0.01', '0.02'],
    ['rounds a 0.4-fen POOR cut down', 'POOR', '0.02', { numerator: 20, denominator: 100 }, '0.00', '0.02'],
    // 12345678 fen × 20% = 2469135.6 fen → 2469136; remaining 9876542
    [
      'cuts 123456.78 by 20% to the fen',
      'POOR',
      '123456.78',
      { numerator: 20, denominator: 100 },
      '24691.36',
      '98765.42',
    ],
    // 5555 fen × 10% = 555.5 fen → 556
    [
      'cuts 55.55 by 10%, rounding 5.555 up to 5.56',
      'MEDIUM',
      '55.55',
      { numerator: 10, denominator: 100 },
      '5.56',
      '49.99',
    ],
    ['cuts nothing from a zero budget', 'MEDIUM', '0.00', { numerator: 10, denominator: 100 }, '0.00', '0.00'],
    [
      'cuts a large budget exactly',
      'POOR',
      '645000000.00',
      { numerator: 20, denominator: 100 },
      '129000000.00',
      '516000000.00',
    ],
  ])('%s', (_name, grade, baseBudget, share, cut, remaining) => {
    expect(proposedCut({ grade, baseBudget }, rules)).toEqual({ share, cut, remaining });
  });

  it.each<[string, string, string]>([
    // 10000 fen / 3 = 3333.33 → 3333
    ['100.00', '33.33', '66.67'],
    // 2 fen / 3 = 0.667 → 1
    ['0.02', '0.01', '0.01'],
    // 1 fen / 3 = 0.333 → 0
    ['0.01', '0.00', '0.01'],
  ])('takes the share from the rule set (MEDIUM 1/3): %s → cut %s, remaining %s', (baseBudget, cut, remaining) => {
    const custom = { cutShare: { MEDIUM: { numerator: 1, denominator: 3 }, POOR: { numerator: 1, denominator: 2 } } };
    expect(proposedCut({ grade: 'MEDIUM', baseBudget }, custom)).toEqual({
      share: { numerator: 1, denominator: 3 },
      cut,
      remaining,
    });
  });

  it.each([
    [
      'a negative base budget',
      { grade: 'MEDIUM', baseBudget: '-1.00' },
      'baseBudget: 不得为负数 / must not be negative (got "-1.00")',
    ],
    ['a base budget "abc"', { grade: 'MEDIUM', baseBudget: 'abc' }, 'baseBudget: 不是有效的十进制数'],
    ['a base budget with three decimals', { grade: 'POOR', baseBudget: '1.005' }, 'baseBudget: 小数位数不得超过2位'],
    ['a base budget as a number', { grade: 'POOR', baseBudget: 1000 }, 'baseBudget: 须为十进制字符串'],
    [
      'an unknown grade',
      { grade: 'SUPER', baseBudget: '1.00' },
      'grade: 等级须为 EXCELLENT、GOOD、MEDIUM 或 POOR / must be EXCELLENT, GOOD, MEDIUM or POOR (got SUPER)',
    ],
  ])('rejects %s, naming the field', (_name, input, message) => {
    expect(() => proposedCut(input as never, rules)).toThrow(message);
  });

  it.each([
    [{ numerator: 1, denominator: 0 }, 'resultApplication.cutShare.MEDIUM: 分母须为正整数'],
    [
      { numerator: 3, denominator: 2 },
      'resultApplication.cutShare.MEDIUM: 压减比例不得超过1 / a cut cannot exceed the whole budget',
    ],
  ])('rejects the cut share %j', (MEDIUM, message) => {
    expect(() =>
      proposedCut({ grade: 'MEDIUM', baseBudget: '1.00' }, { cutShare: { ...rules.cutShare, MEDIUM } }),
    ).toThrow(message);
  });
});
