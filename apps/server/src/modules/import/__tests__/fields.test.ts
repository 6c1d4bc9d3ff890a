import { describe, expect, it } from 'vitest';
import { analyseHeader, mappingOf } from '../header.js';
import { columnLetter, parseCell, type Cell, type FieldSpec } from '../fields.js';
import { PROJECT_FIELDS } from '../kinds/projects.kind.js';

const spec = (field: string): FieldSpec => PROJECT_FIELDS.find((f) => f.field === field)!;
const text = (t: string): Cell => ({ kind: 'text', text: t });
const num = (value: number): Cell => ({ kind: 'number', value });

describe('a cell read for a field', () => {
  it.each<[string, Cell, string]>([
    ['budget', num(1234.5), '1234.50'],
    ['budget', num(645000000), '645000000.00'],
    ['budget', text(' 1,234.56 '), '1234.56'],
    ['budget', text('￥12'), '12.00'],
    ['budget', text('1.230'), '1.23'],
    ['fundFamily', text('一般公共预算'), 'GENERAL_PUBLIC'],
    ['fundFamily', text('政府专项债'), 'SPECIAL_BOND'],
    ['fundFamily', text('general public budget'), 'GENERAL_PUBLIC'],
    ['kind', text('延续项目'), 'RECURRING'],
    ['specialised', text('是'), 'true'],
    ['specialised', { kind: 'bool', value: false }, 'false'],
    ['budgetedOn', text('2024年3月1日'), '2024-03-01'],
    ['budgetedOn', { kind: 'date', value: new Date(Date.UTC(2024, 1, 29)) }, '2024-02-29'],
    ['year', num(2024), '2024'],
    ['projectCode', text('6528230001-A.01'), '6528230001-A.01'],
  ])('%s: %j reads as %s', (field, cell, value) => {
    expect(parseCell(spec(field), cell, 2024)).toEqual({ ok: true, value });
  });

  it.each<[string, Cell, string]>([
    ['budget', text('1234.567'), 'TOO_MANY_DECIMALS'],
    ['budget', num(1.005), 'TOO_MANY_DECIMALS'],
    // A float that is not a whole number of fen (what arithmetic leaves behind) is not taken as one.
    ['budget', num(0.1 + 0.2 - 0.3 + 0.07), 'TOO_MANY_DECIMALS'],
    ['budget', text('一百万'), 'NOT_A_NUMBER'],
    ['budget', text('1e5'), 'NOT_A_NUMBER'],
    ['budget', { kind: 'date', value: new Date() }, 'NOT_A_NUMBER'],
    ['budget', text('-1'), 'NEGATIVE'],
    ['budget', num(1e21), 'TOO_LARGE'],
    ['budget', { kind: 'formula', formula: 'SUM(A1:A3)' }, 'FORMULA'],
    ['budget', { kind: 'error', text: '#DIV/0!' }, 'CELL_ERROR'],
    ['budget', { kind: 'empty' }, 'REQUIRED'],
    ['fundFamily', text('自筹'), 'UNKNOWN_FUND_FAMILY'],
    ['kind', text('临时'), 'BAD_VALUE'],
    ['projectCode', text('项目 1'), 'BAD_CODE'],
    ['projectCode', text('A'.repeat(41)), 'BAD_CODE'],
    ['name', text('名'.repeat(201)), 'TOO_LONG'],
    ['year', num(2023), 'WRONG_YEAR'],
    ['budgetedOn', text('2024-02-30'), 'BAD_DATE'],
  ])('%s: %j is refused as %s', (field, cell, code) => {
    const parsed = parseCell(spec(field), cell, 2024);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });

  it.each([
    ['5', '5'],
    ['5月', '5'],
    ['2024-05', '5'],
    ['2024年5月', '5'],
    ['202405', '5'],
    ['2024/05/31', '5'],
  ])('a month %s reads as %s; another year is WRONG_YEAR', (t, m) => {
    const month: FieldSpec = { field: 'month', zh: '月份', en: 'Month', headings: [], type: 'month', required: true };
    expect(parseCell(month, text(t), 2024)).toEqual({ ok: true, value: m });
    if (t.startsWith('2024')) {
      const other = parseCell(month, text(t.replace('2024', '2023')), 2024);
      expect(!other.ok && other.problem.code).toBe('WRONG_YEAR');
    }
  });

  it('letters columns as spreadsheets do', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('the header row', () => {
  it('recognises the systems’ headings in Chinese and English, full- or half-width, and reports the rest', () => {
    const cells = ['项目编码', 'Project name', '单位 编码', '资金性质', '预算金额(元)', '项目类型', '备注'].map(text);
    const h = analyseHeader(1, cells, PROJECT_FIELDS, mappingOf([]));
    expect(h.headings.map((x) => x.field)).toEqual([
      'projectCode',
      'name',
      'unitCode',
      'fundFamily',
      'budget',
      'kind',
      null,
    ]);
    expect(h.unknown).toEqual(['备注']);
    expect(h.missing).toEqual([]);
  });

  it('takes the caller’s mapping before the known headings, and names the required fields still missing', () => {
    const cells = ['编号', '名称', '单位编码'].map(text);
    const h = analyseHeader(1, cells, PROJECT_FIELDS, mappingOf([{ heading: '编号', field: 'projectCode' }]));
    expect(h.headings.map((x) => x.field)).toEqual(['projectCode', null, 'unitCode']);
    expect(h.missing).toEqual(['name', 'fundFamily', 'budget', 'kind']);
  });
});
