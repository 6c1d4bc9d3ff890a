import { describe, expect, it } from 'vitest';
import { RuleInputError, divCeil, divRoundHalfUp, formatScaled, parseScaled } from '../decimal.js';
import { formatYuan, parseYuan, sumYuan } from '../money.js';
import { compareRatios, ratioFromBig, ratioTerms } from '../ratio.js';
import { formatScore, parseScore, parseWeights, weightedPart } from '../score.js';

describe('parseYuan', () => {
  it.each([
    ['645000000.00', 64500000000n],
    ['0', 0n],
    ['0.00', 0n],
    ['12', 1200n],
    ['12.5', 1250n],
    ['0.01', 1n],
    ['0.10', 10n],
    ['1234.56', 123456n],
    ['007.10', 710n],
    ['99999999999999999999.99', 9999999999999999999999n],
  ])('reads "%s" as %s fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each([
    ['-0.05', -5n],
    ['-12.30', -1230n],
    ['-0', 0n],
  ])('reads negative "%s" as %s fen when negatives are allowed', (text, fen) => {
    expect(parseYuan(text, 'difference', { allowNegative: true })).toBe(fen);
  });

  it.each([
    ['-1.00', 'budget: 不得为负数 / must not be negative (got "-1.00")'],
    ['abc', 'budget: 不是有效的十进制数 / is not a decimal number (got "abc")'],
    ['NaN', 'budget: 不是有效的十进制数 / is not a decimal number (got "NaN")'],
    ['1.234', 'budget: 小数位数不得超过2位 / has more than 2 decimals (got "1.234")'],
    ['', 'budget: 不是有效的十进制数 / is not a decimal number (got "")'],
    ['1e5', 'budget: 不是有效的十进制数 / is not a decimal number (got "1e5")'],
    ['1,000.00', 'budget: 不是有效的十进制数 / is not a decimal number (got "1,000.00")'],
    [' 1.00', 'budget: 不是有效的十进制数 / is not a decimal number (got " 1.00")'],
    ['+1.00', 'budget: 不是有效的十进制数 / is not a decimal number (got "+1.00")'],
    ['.50', 'budget: 不是有效的十进制数 / is not a decimal number (got ".50")'],
    ['1.', 'budget: 不是有效的十进制数 / is not a decimal number (got "1.")'],
    ['１２', 'budget: 不是有效的十进制数 / is not a decimal number (got "１２")'],
  ])('rejects "%s" with a message naming the field', (text, message) => {
    expect(() => parseYuan(text, 'budget')).toThrow(message);
  });

  it.each([
    [12.5, 'budget: 须为十进制字符串 / must be a decimal string (got 12.5)'],
    [null, 'budget: 须为十进制字符串 / must be a decimal string (got null)'],
    [undefined, 'budget: 须为十进制字符串 / must be a decimal string (got undefined)'],
  ])('rejects the non-string %s: money never travels as a float', (value, message) => {
    expect(() => parseYuan(value as unknown as string, 'budget')).toThrow(message);
  });

  it('throws a RuleInputError that carries the field', () => {
    try {
      parseYuan('x', 'executed');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleInputError);
      expect((error as RuleInputError).field).toBe('executed');
    }
  });

  it('names the field "amount" when none is given', () => {
    expect(() => parseYuan('x')).toThrow(/^amount: /);
  });
});

describe('formatYuan', () => {
  it.each([
    [0n, '0.00'],
    [1n, '0.01'],
    [10n, '0.10'],
    [100n, '1.00'],
    [123456n, '1234.56'],
    [64500000000n, '645000000.00'],
    [-5n, '-0.05'],
    [-100n, '-1.00'],
    [-123456n, '-1234.56'],
    [123456789012345678901n, '1234567890123456789.01'],
  ])('formats %s fen as "%s"', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it.each(['0.00', '0.01', '12.30', '645000000.00', '1234.56'])('round-trips "%s"', (text) => {
    expect(formatYuan(parseYuan(text))).toBe(text);
  });
});

describe('sumYuan', () => {
  it('adds 0.10 + 0.20 to exactly 0.30 (the float trap)', () => {
    expect(sumYuan(['0.10', '0.20'], 'values')).toBe(30n);
  });

  it('adds an empty list to zero', () => {
    expect(sumYuan([], 'values')).toBe(0n);
  });

  it('names the index of the bad entry', () => {
    expect(() => sumYuan(['1.00', 'x'], 'values')).toThrow('values[1]: ');
  });

  it('rejects a list that is not a list', () => {
    expect(() => sumYuan('1.00' as unknown as string[], 'values')).toThrow(
      'values: 须为金额列表 / must be a list of amounts',
    );
  });
});

describe('divRoundHalfUp', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [7n, 2n, 4n],
    [-7n, 2n, -4n],
    [15n, 10n, 2n],
    [14n, 10n, 1n],
    [-15n, 10n, -2n],
    [-14n, 10n, -1n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [1n, 3n, 0n],
    [-1n, 3n, 0n],
    [5n, -2n, -3n],
    [0n, 7n, 0n],
    [10n, 5n, 2n],
  ])('rounds %s / %s half away from zero to %s', (n, d, q) => {
    expect(divRoundHalfUp(n, d)).toBe(q);
  });

  it('refuses to divide by zero', () => {
    expect(() => divRoundHalfUp(1n, 0n)).toThrow('division by zero');
  });
});

describe('divCeil', () => {
  it.each([
    [0n, 3n, 0n],
    [1n, 3n, 1n],
    [3n, 3n, 1n],
    [4n, 3n, 2n],
  ])('rounds %s / %s up to %s', (n, d, q) => {
    expect(divCeil(n, d)).toBe(q);
  });

  it.each([
    [-1n, 3n],
    [1n, 0n],
  ])('refuses %s / %s', (n, d) => {
    expect(() => divCeil(n, d)).toThrow(RangeError);
  });
});

describe('parseScaled / formatScaled', () => {
  it.each([
    ['1', 4, 10000n],
    ['0.9875', 4, 9875n],
    ['-12.5', 4, -125000n],
  ])('reads "%s" at %s decimals as %s', (text, decimals, value) => {
    expect(parseScaled(text, 'v', decimals, { allowNegative: true })).toBe(value);
  });

  it.each([
    [9875n, 4, '0.9875'],
    [-125000n, 4, '-12.5000'],
    [7n, 0, '7'],
  ])('formats %s at %s decimals as "%s"', (value, decimals, text) => {
    expect(formatScaled(value, decimals)).toBe(text);
  });

  it('rejects a fifth decimal at four decimals', () => {
    expect(() => parseScaled('1.00001', 'v', 4)).toThrow(
      'v: 小数位数不得超过4位 / has more than 4 decimals (got "1.00001")',
    );
  });
});

describe('parseScore', () => {
  it.each([
    ['89.99', 8999n],
    [89.99, 8999n],
    [90, 9000n],
    ['90.00', 9000n],
    [100, 10000n],
    ['100.00', 10000n],
    [0, 0n],
    ['0.5', 50n],
    [74.99, 7499n],
  ])('reads %s as %s hundredths', (value, hundredths) => {
    expect(parseScore(value)).toBe(hundredths);
  });

  it.each([
    [100.01, 'score: 须在0到100之间 / must be between 0 and 100 (got 100.01)'],
    ['101', 'score: 须在0到100之间 / must be between 0 and 100 (got 101)'],
    [-1, 'score: 不得为负数 / must not be negative (got "-1")'],
    [Number.NaN, 'score: 不是有效数字 / is not a finite number (got NaN)'],
    [Number.POSITIVE_INFINITY, 'score: 不是有效数字 / is not a finite number (got Infinity)'],
    ['abc', 'score: 不是有效的十进制数 / is not a decimal number (got "abc")'],
    ['89.999', 'score: 小数位数不得超过2位 / has more than 2 decimals (got "89.999")'],
    [0.1 + 0.2, 'score: 小数位数不得超过2位 / has more than 2 decimals (got "0.30000000000000004")'],
    [true, 'score: 须为数字或十进制字符串 / must be a number or a decimal string (got true)'],
  ])('rejects %s', (value, message) => {
    expect(() => parseScore(value as string)).toThrow(message);
  });

  it.each([
    [8999n, '89.99'],
    [5n, '0.05'],
    [10000n, '100.00'],
    [0n, '0.00'],
  ])('formats %s hundredths as "%s"', (value, text) => {
    expect(formatScore(value)).toBe(text);
  });
});

describe('parseWeights / weightedPart', () => {
  const keys = ['a', 'b', 'c'] as const;

  it('accepts weights with two decimals adding up to exactly 100', () => {
    expect(parseWeights({ a: 33.33, b: 33.33, c: 33.34 }, keys, 'w')).toEqual({ a: 3333n, b: 3333n, c: 3334n });
  });

  it.each([
    [
      { a: 33.33, b: 33.33, c: 33.33 },
      'w: 权重之和须为100（当前为99.99） / weights must add up to 100 (they add up to 99.99)',
    ],
    [{ a: 50, b: 50, c: 1 }, 'w: 权重之和须为100（当前为101.00） / weights must add up to 100 (they add up to 101.00)'],
    [{ a: -10, b: 60, c: 50 }, 'w.a: 不得为负数'],
    [{ a: 50, b: 50 }, 'w.c: 须为数字或十进制字符串 / must be a number or a decimal string (got undefined)'],
  ])('rejects %j', (weights, message) => {
    expect(() => parseWeights(weights as Record<'a' | 'b' | 'c', number>, keys, 'w')).toThrow(message);
  });

  it.each([
    [5000n, 8733n, 4367n], // 50 × 87.33% = 43.665 → 43.67
    [5000n, 8732n, 4366n], // 43.66
    [3000n, 1n, 0n], // 30 × 0.01% = 0.003 → 0.00
    [1000n, 5n, 1n], // 10 × 0.05% = 0.005 → 0.01
  ])('weights %s × %s to %s hundredths, rounded half-up', (w, c, part) => {
    expect(weightedPart(w, c)).toBe(part);
  });
});

describe('ratios', () => {
  it.each([
    [{ numerator: 5, denominator: 12 }, { numerator: 50000, denominator: 120000 }, 0],
    [{ numerator: 1, denominator: 3 }, { numerator: 33, denominator: 100 }, 1],
    [{ numerator: 0, denominator: 1 }, { numerator: 1, denominator: 1000000 }, -1],
    [{ numerator: 49999, denominator: 120000 }, { numerator: 5, denominator: 12 }, -1],
  ])('compares %j with %j by cross-multiplication as %s', (a, b, sign) => {
    expect(compareRatios(a, b)).toBe(sign);
  });

  it.each([
    [{ numerator: 1, denominator: 0 }, 'r: 分母须为正整数 / denominator must be a positive integer (got 0)'],
    [{ numerator: 1, denominator: -3 }, 'r: 分母须为正整数 / denominator must be a positive integer (got -3)'],
    [{ numerator: -1, denominator: 3 }, 'r: 分子须为非负整数 / numerator must be a non-negative integer (got -1)'],
    [{ numerator: 1.5, denominator: 3 }, 'r: 分子须为非负整数 / numerator must be a non-negative integer (got 1.5)'],
    [null, 'r: 须为比例 {numerator, denominator} / must be a ratio {numerator, denominator}'],
  ])('rejects the ratio %j', (ratio, message) => {
    expect(() => ratioTerms(ratio as never, 'r')).toThrow(message);
  });

  it('refuses a ratio whose terms a JS number cannot hold exactly', () => {
    expect(() => ratioFromBig(2n ** 53n, 1n, 'share')).toThrow('share: 数值过大，无法精确表示');
    expect(ratioFromBig(2n ** 53n - 1n, 1n, 'share')).toEqual({ numerator: 9007199254740991, denominator: 1 });
  });
});
