import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatRate,
  formatShare,
  formatWan,
  formatYi,
  formatYuan,
  formatYuanExact,
  formatYuanRatio,
  parseYuan,
  sumYuan,
  yuanFraction,
  yuanInUnit,
  yuanPlain,
} from './format.js';

// Expected values are worked out by hand, not by running the code.

describe('parseYuan', () => {
  it.each([
    ['645037526.18', 64503752618n],
    ['0', 0n],
    ['0.5', 50n],
    ['0.07', 7n],
    ['-12.5', -1250n],
    ['+3', 300n],
    ['123456789012345678.91', 12345678901234567891n],
  ])('reads %s as %s fen', (input, fen) => {
    expect(parseYuan(input)).toBe(fen);
  });

  it.each(['', '1.234', '1,000.00', '1e5', 'abc', '.5', '5.'])('refuses %j', (input) => {
    expect(() => parseYuan(input)).toThrow(TypeError);
  });
});

describe('formatYi', () => {
  it.each([
    ['645037526.18', 2, '6.45 亿元'],
    ['364999999.99', 2, '3.65 亿元'], // 3.6499999999 rounds up at the third decimal
    ['364500000.00', 2, '3.65 亿元'], // exactly half: half-up (float toFixed gives 3.64)
    ['364499999.99', 2, '3.64 亿元'],
    ['1071000000.00', 2, '10.71 亿元'],
    ['468000000.00', 1, '4.7 亿元'],
    ['1', 2, '0.00 亿元'],
    ['-1', 2, '0.00 亿元'], // no "-0.00"
    ['-645037526.18', 2, '-6.45 亿元'],
    ['-364500000.00', 2, '-3.65 亿元'], // half away from zero for negatives too
    ['250000000000.00', 0, '2,500 亿元'],
  ])('%s yuan at %i decimals is %s', (yuan, decimals, expected) => {
    expect(formatYi(yuan, decimals)).toBe(expected);
  });
});

describe('formatWan', () => {
  it.each([
    ['365600.00', 2, '36.56 万元'],
    ['365649.99', 2, '36.56 万元'],
    ['365650.00', 2, '36.57 万元'],
    ['55326000.00', 1, '5,532.6 万元'],
    ['15000.00', 0, '2 万元'],
    ['14999.99', 0, '1 万元'],
    ['0.49', 2, '0.00 万元'],
    ['50.00', 2, '0.01 万元'],
  ])('%s yuan at %i decimals is %s', (yuan, decimals, expected) => {
    expect(formatWan(yuan, decimals)).toBe(expected);
  });
});

describe('formatYuan picks the unit by magnitude', () => {
  it.each([
    ['645037526.18', '6.45 亿元'],
    ['100000000.00', '1.00 亿元'],
    ['99999999.99', '1.00 亿元'], // 9,999.9999999 万 rounds to 10,000.00 万: shown as 亿
    ['99994999.99', '9,999.50 万元'],
    ['365600.00', '36.56 万元'],
    ['55326000.00', '5,532.60 万元'],
    ['10000.00', '1.00 万元'],
    ['9999.99', '9,999.99 元'],
    ['0.5', '0.50 元'],
    ['0', '0.00 元'],
    ['-365600.00', '-36.56 万元'],
    ['-9999.99', '-9,999.99 元'],
  ])('%s yuan is %s', (yuan, expected) => {
    expect(formatYuan(yuan)).toBe(expected);
  });

  it('honours the number of decimals', () => {
    expect(formatYuan('645037526.18', { decimals: 4 })).toBe('6.4504 亿元');
    expect(formatYuan('645037526.18', { decimals: 0 })).toBe('6 亿元');
    expect(formatYuan('9999.99', { decimals: 0 })).toBe('9,999.99 元'); // below 万元 nothing is rounded
  });

  it.each([
    ['645037526.18', '¥645.04M'],
    ['1071000000.00', '¥1.07B'],
    ['365600.00', '¥365.60K'],
    ['999999.99', '¥1.00M'], // 999.99999 K rounds to 1,000.00 K: shown as M
    ['999.99', '¥999.99'],
    ['-55326000.00', '-¥55.33M'],
  ])('in English, %s yuan is %s', (yuan, expected) => {
    expect(formatYuan(yuan, { locale: 'en' })).toBe(expected);
  });

  it('refuses an impossible number of decimals', () => {
    expect(() => formatYuan('1', { decimals: -1 })).toThrow(RangeError);
    expect(() => formatYuan('1', { decimals: 1.5 })).toThrow(RangeError);
  });
});

describe('formatYuanExact', () => {
  it.each([
    ['645037526.18', 'zh', '645,037,526.18 元'],
    ['1234.5', 'zh', '1,234.50 元'],
    ['0.07', 'zh', '0.07 元'],
    ['999', 'zh', '999.00 元'],
    ['-1000000', 'zh', '-1,000,000.00 元'],
    ['123456789012345678.91', 'zh', '123,456,789,012,345,678.91 元'], // beyond Number's exact range
    ['645037526.18', 'en', '¥645,037,526.18'],
  ] as const)('%s (%s) is %s', (yuan, locale, expected) => {
    expect(formatYuanExact(yuan, locale)).toBe(expected);
  });
});

describe('yuanInUnit', () => {
  it.each([
    ['645037526.18', 'yi', 4, 6.4504],
    ['645037526.18', 'wan', 2, 64503.75],
    ['365600.00', 'wan', 4, 36.56],
    ['364500000.00', 'yi', 2, 3.65],
  ] as const)('%s yuan in %s at %i decimals is %d', (yuan, unit, decimals, expected) => {
    expect(yuanInUnit(yuan, unit, decimals)).toBe(expected);
  });
});

describe('formatRate', () => {
  it.each([
    [0.722480620155039, 1, '72.2%'],
    [0.284188034188034, 1, '28.4%'],
    [0.2845, 1, '28.5%'], // 0.2845 × 100 is 28.449999… in floats; decimal half-up gives 28.5
    [0.7225, 1, '72.3%'],
    [5 / 12, 1, '41.7%'],
    [8 / 12, 1, '66.7%'],
    [1, 1, '100.0%'],
    [0, 1, '0.0%'],
    [0.915, 0, '92%'],
    [0.98077, 2, '98.08%'],
    [-0.05, 1, '-5.0%'],
    [-0.0004, 1, '0.0%'],
    [1.5e-7, 1, '0.0%'], // exponent notation in toPrecision
    [12.3456, 1, '1,234.6%'],
  ])('%d at %i decimals is %s', (fraction, decimals, expected) => {
    expect(formatRate(fraction, decimals)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('shows %d as not available', (value) => {
    expect(formatRate(value)).toBe('—');
  });

  it.each([null, undefined])('shows a rate the server gives as %s (a zero budget) as not applicable', (value) => {
    expect(formatRate(value)).toBe('—');
  });
});

describe('formatYuanRatio', () => {
  it.each([
    ['466000000.00', '645000000.00', 1, '72.2%'], // 72.248…
    ['133000000.00', '468000000.00', 1, '28.4%'], // 28.418…
    ['1', '8', 1, '12.5%'],
    ['1', '16', 1, '6.3%'], // 6.25 half-up
    ['1', '16', 2, '6.25%'],
    ['2', '3', 0, '67%'],
    ['-1', '16', 1, '-6.3%'],
    ['5', '0', 1, '—'],
  ])('%s ÷ %s at %i decimals is %s', (n, d, decimals, expected) => {
    expect(formatYuanRatio(n, d, decimals)).toBe(expected);
  });
});

describe('yuanFraction', () => {
  it('is the ratio as a number a spreadsheet shows as a percentage, the same as on screen', () => {
    expect(yuanFraction('1', '8')).toBe(0.125);
    expect(yuanFraction('-1', '16')).toBe(-0.0625);
    expect(formatRate(yuanFraction('466000000.00', '645000000.00'))).toBe(
      formatYuanRatio('466000000.00', '645000000.00'),
    );
    expect(formatRate(yuanFraction('1', '16'))).toBe('6.3%');
    expect(yuanFraction('5', '0')).toBeNull();
  });
});

describe('formatShare', () => {
  it.each([
    [82, 90, 1, '91.1%'], // 91.111…
    [51, 52, 0, '98%'], // 98.07…
    [1, 8, 1, '12.5%'],
    [1, 40, 1, '2.5%'],
    [1, 80, 1, '1.3%'], // 1.25 half-up
    [0, 0, 1, '—'],
  ])('%i of %i at %i decimals is %s', (count, total, decimals, expected) => {
    expect(formatShare(count, total, decimals)).toBe(expected);
  });
});

describe('formatCount and formatDecimal', () => {
  it.each([
    [0, '0'],
    [321, '321'],
    [1234567, '1,234,567'],
    [-4500, '-4,500'],
    [1.5, '—'],
  ])('counts %d as %s', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });

  it.each([
    [92.45, 1, '92.5'],
    [92.44, 1, '92.4'],
    [88, 1, '88.0'],
    [1234.5, 0, '1,235'],
    [NaN, 1, '—'],
  ])('%d at %i decimals is %s', (value, decimals, expected) => {
    expect(formatDecimal(value, decimals)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2023-08-31', undefined, '2023-08-31'],
    ['2024-02-29', undefined, '2024-02-29'],
    ['2023-02-29', undefined, '—'], // not a day of the calendar
    ['2023-08-31T15:59:59Z', undefined, '2023-08-31'],
    ['2023-08-31T16:00:00Z', undefined, '2023-09-01'], // midnight in the county (UTC+8)
    ['2023-08-31T16:00:00Z', 0, '2023-08-31'],
    ['2023-12-31T23:30:00-02:00', undefined, '2024-01-01'],
    ['not a date', undefined, '—'],
  ])('%s (offset %s) is %s', (value, utcOffsetMinutes, expected) => {
    expect(formatDate(value, { utcOffsetMinutes })).toBe(expected);
  });

  it('accepts Date objects and epoch milliseconds', () => {
    expect(formatDate(new Date(Date.UTC(2024, 1, 28, 16, 0, 0)))).toBe('2024-02-29');
    expect(formatDate(Date.UTC(2023, 4, 31))).toBe('2023-05-31');
    expect(formatDate(new Date(NaN))).toBe('—');
  });
});

describe('sumYuan and yuanPlain', () => {
  it('adds amounts exactly, to the fen', () => {
    expect(sumYuan(['0.10', '0.20'])).toBe('0.30'); // 0.1 + 0.2 is not 0.3 in floats
    expect(sumYuan(['468123456.78', '176914069.40'])).toBe('645037526.18');
    expect(sumYuan([])).toBe('0.00');
    expect(sumYuan(['-5', '2.5'])).toBe('-2.50');
  });

  it('writes an amount plainly with two decimals, for spreadsheets', () => {
    expect(yuanPlain('645037526.18')).toBe('645037526.18');
    expect(yuanPlain('3')).toBe('3.00');
    expect(yuanPlain('-0.5')).toBe('-0.50');
  });
});

describe('formatDateTime', () => {
  it('shows the moment in China Standard Time, seconds included', () => {
    expect(formatDateTime(new Date('2023-08-31T16:05:09Z'))).toBe('2023-09-01 00:05:09');
    expect(formatDateTime(Date.UTC(2024, 0, 2, 3, 4, 5))).toBe('2024-01-02 11:04:05');
    expect(formatDateTime(Number.NaN)).toBe('—');
  });
});
