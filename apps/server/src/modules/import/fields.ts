// Cells of a bureau's spreadsheet → exact values of a field, or a reason in Chinese and English.
// Pure functions: the readers hand over cells, the kinds declare their fields.

/** A cell as the readers hand it over: what the file holds, nothing interpreted yet. */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'bool'; value: boolean }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; text: string };

export interface Problem {
  code: string;
  zh: string;
  en: string;
}

export type FieldType = 'code' | 'text' | 'money' | 'enum' | 'bool' | 'month' | 'year' | 'date';

export interface FieldSpec {
  /** The API name of the field (the mapping's target). */
  field: string;
  zh: string;
  en: string;
  /** Headings that name this field as the budget and treasury systems print them, in Chinese and English. */
  headings: string[];
  type: FieldType;
  required: boolean;
  /** Longest text (text and code fields). */
  max?: number;
  /** Enum fields: accepted labels → stored value (labels compared after `normalizeHeading`). */
  values?: Record<string, string>;
  /** Enum fields: the problem code of a value not in the list (e.g. UNKNOWN_FUND_FAMILY). */
  unknownCode?: string;
  /**
   * Enum fields: a value not in the list is kept as written, for the mutation service's own check to refuse with
   * the form's reason (one rule, not two).
   */
  passUnknown?: boolean;
}

export type Parsed = { ok: true; value: string | null } | { ok: false; problem: Problem };

const ok = (value: string | null): Parsed => ({ ok: true, value });
const bad = (code: string, zh: string, en: string): Parsed => ({ ok: false, problem: { code, zh, en } });

/** Headings and enum labels compare without spaces, with full-width brackets as ASCII, case-insensitively. */
export function normalizeHeading(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（【[]/g, '(')
    .replace(/[）】\]]/g, ')')
    .replace(/\*$/, '')
    .toLowerCase();
}

/** The text of a cell, for text-like fields and messages. */
export function cellText(c: Cell): string | null {
  switch (c.kind) {
    case 'empty':
      return null;
    case 'text': {
      const t = c.text.trim();
      return t === '' ? null : t;
    }
    case 'number':
      return numberText(c.value);
    case 'date':
      return c.value.toISOString().slice(0, 10);
    case 'bool':
      return c.value ? 'TRUE' : 'FALSE';
    case 'formula':
      return `=${c.formula}`;
    case 'error':
      return c.text;
  }
}

/** A number cell as the spreadsheet shows it: the shortest decimal that reads back as the same double. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // 1e21 and 1e-7 style: spell it out so the money check sees every digit.
  return Math.abs(n) >= 1 ? BigInt(Math.round(n)).toString() : n.toFixed(20).replace(/0+$/, '');
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MONEY_TEXT = /^-?\d+(\.\d+)?$/;
const MAX_YUAN = 10n ** 14n; // numeric(16,2)

function parseMoney(c: Cell): Parsed {
  let text: string;
  if (c.kind === 'number') text = numberText(c.value);
  else if (c.kind === 'text')
    text = c.text
      .trim()
      .replace(/[,，\s]/g, '')
      .replace(/^[¥￥]/, '');
  else return bad('NOT_A_NUMBER', '不是数字', 'not a number');
  if (!MONEY_TEXT.test(text))
    return bad('NOT_A_NUMBER', `“${cellText(c)}”不是数字`, `"${cellText(c)}" is not a number`);
  if (text.startsWith('-')) return bad('NEGATIVE', '金额不能为负数', 'an amount cannot be negative');
  const [whole, frac = ''] = text.split('.') as [string, string?];
  const decimals = frac.replace(/0+$/, '');
  if (decimals.length > 2) {
    return bad(
      'TOO_MANY_DECIMALS',
      `金额“${text}”超过两位小数（元精确到分）`,
      `the amount "${text}" has more than two decimals (yuan to the fen)`,
    );
  }
  if (BigInt(whole) >= MAX_YUAN) return bad('TOO_LARGE', '金额过大', 'the amount is too large');
  return ok(`${BigInt(whole).toString()}.${decimals.padEnd(2, '0')}`);
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '专项']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '非专项']);

function parseBool(c: Cell): Parsed {
  if (c.kind === 'bool') return ok(c.value ? 'true' : 'false');
  const t = normalizeHeading(cellText(c) ?? '');
  if (YES.has(t)) return ok('true');
  if (NO.has(t)) return ok('false');
  return bad('BAD_VALUE', `“${cellText(c)}”应为“是”或“否”`, `"${cellText(c)}" should be 是 (yes) or 否 (no)`);
}

function parseMonth(c: Cell): { month: number; year: number | null } | null {
  if (c.kind === 'date') return { month: c.value.getUTCMonth() + 1, year: c.value.getUTCFullYear() };
  if (c.kind === 'number') return Number.isInteger(c.value) ? { month: c.value, year: null } : null;
  const t = (cellText(c) ?? '').replace(/\s/g, '');
  let m = /^(\d{1,2})月?$/.exec(t);
  if (m) return { month: Number(m[1]), year: null };
  m = /^(\d{4})(?:[-/.年](\d{1,2})月?|(\d{2}))(?:[-/.](\d{1,2})日?|(\d{1,2})日)?$/.exec(t);
  if (m) return { month: Number(m[2] ?? m[3]), year: Number(m[1]) };
  return null;
}

function parseDate(c: Cell): Parsed {
  if (c.kind === 'date') return ok(c.value.toISOString().slice(0, 10));
  const t = (cellText(c) ?? '').replace(/\s/g, '');
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return ok(date.toISOString().slice(0, 10));
    }
  }
  return bad('BAD_DATE', `“${cellText(c)}”不是有效日期（YYYY-MM-DD）`, `"${cellText(c)}" is not a date (YYYY-MM-DD)`);
}

/**
 * Parses one cell for a field. `year` is the import's year: a month or year naming another year is WRONG_YEAR.
 * Formulas are refused, not evaluated and not taken from their cached result: values only.
 */
export function parseCell(spec: FieldSpec, c: Cell, year: number): Parsed {
  if (c.kind === 'formula') {
    return bad(
      'FORMULA',
      `单元格含公式（=${c.formula}），只接受数值，请“粘贴为数值”后再导入`,
      `the cell holds a formula (=${c.formula}): values only, paste as values and import again`,
    );
  }
  if (c.kind === 'error') return bad('CELL_ERROR', `单元格为错误值 ${c.text}`, `the cell holds the error ${c.text}`);
  const text = cellText(c);
  if (text === null) {
    return spec.required ? bad('REQUIRED', '必填项为空', 'required, but empty') : ok(null);
  }
  switch (spec.type) {
    case 'code':
      if (!CODE.test(text) || text.length > (spec.max ?? 40)) {
        return bad(
          'BAD_CODE',
          `编码“${text}”格式不正确（字母、数字、. _ -，最长 ${spec.max ?? 40} 位）`,
          `the code "${text}" is malformed (letters, digits, . _ -, at most ${spec.max ?? 40})`,
        );
      }
      return ok(text);
    case 'text':
      if (text.length > (spec.max ?? 200)) {
        return bad('TOO_LONG', `超过 ${spec.max ?? 200} 个字符`, `longer than ${spec.max ?? 200} characters`);
      }
      return ok(text);
    case 'money':
      return parseMoney(c);
    case 'bool':
      return parseBool(c);
    case 'enum': {
      const v = spec.values?.[normalizeHeading(text)];
      if (v) return ok(v);
      if (spec.passUnknown) return ok(text);
      return bad(
        spec.unknownCode ?? 'BAD_VALUE',
        `未知的${spec.zh}“${text}”`,
        `unknown ${spec.en.toLowerCase()} "${text}"`,
      );
    }
    case 'year': {
      const y = c.kind === 'number' ? c.value : Number(text.replace(/年$/, ''));
      if (!Number.isInteger(y)) return bad('NOT_A_NUMBER', `“${text}”不是年度`, `"${text}" is not a year`);
      if (y !== year)
        return bad('WRONG_YEAR', `年度 ${y} 不是导入年度 ${year}`, `year ${y} is not the import's ${year}`);
      return ok(String(y));
    }
    case 'month': {
      const m = parseMonth(c);
      if (!m || m.month < 1 || m.month > 12) {
        return bad(
          'BAD_MONTH',
          `“${text}”不是有效月份（1–12 或 YYYY-MM）`,
          `"${text}" is not a month (1–12 or YYYY-MM)`,
        );
      }
      if (m.year !== null && m.year !== year) {
        return bad(
          'WRONG_YEAR',
          `${m.year}年${m.month}月不在导入年度 ${year}`,
          `${m.year}-${m.month} is not in the import's year ${year}`,
        );
      }
      return ok(String(m.month));
    }
    case 'date':
      return parseDate(c);
  }
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** An enum's accepted labels: each value under its code and every label given, normalized. */
export function enumValues(map: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [value, labels] of Object.entries(map)) {
    for (const l of [value, ...labels]) out[normalizeHeading(l)] = value;
  }
  return out;
}
