import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a byte-order mark and ends lines with CRLF, for Excel', () => {
    const text = toCsv(['编码', '预算（元）'], [['2023-jyj-001', '1200000.00']]);
    expect(text.startsWith('\uFEFF编码,预算（元）\r\n')).toBe(true);
    expect(text.endsWith('2023-jyj-001,1200000.00\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and reads them back', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', null, 3]];
    const text = toCsv(['x', 'y', 'z', 'empty', 'n'], rows);
    expect(text).toContain('"a,b","say ""hi""","two\nlines",,3');
    expect(parseCsv(text)).toEqual([
      ['x', 'y', 'z', 'empty', 'n'],
      ['a,b', 'say "hi"', 'two\nlines', '', '3'],
    ]);
  });

  it('keeps text that looks like a formula from running, but not negative numbers', () => {
    expect(parseCsv(toCsv(['v'], [['=HYPERLINK("x")'], ['-12.50'], ['@SUM(A1)']])).slice(1)).toEqual([
      ['\'=HYPERLINK("x")'],
      ['-12.50'],
      ["'@SUM(A1)"],
    ]);
  });
});
