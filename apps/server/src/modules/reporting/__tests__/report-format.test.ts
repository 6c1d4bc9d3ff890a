import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from '../report-format.js';

describe('the report’s precision', () => {
  it.each([
    ['645000000.00', '亿', 2, '6.45'],
    ['644999999.99', '亿', 2, '6.45'],
    ['644500000.00', '亿', 2, '6.45'], // half-up
    ['644499999.99', '亿', 2, '6.44'],
    ['55326140.00', '万', 1, '5532.6'],
    ['55326140.00', '万', 2, '5532.61'],
    ['365600.00', '万', 2, '36.56'],
    ['0.00', '亿', 2, '0.00'],
    ['12.345', '元', 2, ''], // three decimals are refused below
  ] as const)('%s yuan in %s to %i decimals is %s', (yuan, unit, decimals, expected) => {
    if (expected === '') expect(() => formatMoney(yuan, unit, decimals)).toThrow(/amount/);
    else expect(formatMoney(yuan, unit, decimals)).toBe(expected);
  });

  it('rounds a negative amount half away from zero', () => {
    expect(formatMoney('-50000.00', '万', 0)).toBe('-5');
    expect(formatMoney('-45000.00', '万', 0)).toBe('-5');
  });

  it.each([
    [82n, 90n, 0, '91'],
    [51n, 52n, 0, '98'],
    [284n, 1000n, 1, '28.4'],
    [2845n, 10000n, 1, '28.5'], // exactly on the half: up, with no float in between
    [28449999n, 100000000n, 1, '28.4'],
    [1n, 3n, 2, '33.33'],
    [0n, 0n, 1, '0.0'],
  ])('%i ÷ %i as a percentage to %i decimals is %s', (n, d, decimals, expected) => {
    expect(formatPercent(n, d, decimals)).toBe(expected);
  });
});
