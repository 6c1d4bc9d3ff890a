// Display formatters. Money arrives from the API as exact yuan strings ("645037526.18"); it is handled
// as an integer number of fen (BigInt), so rounding is decimal and half-up, never a float artefact
// (3.645 亿 rounds to 3.65, where Number's toFixed gives 3.64).

export type FormatLocale = 'zh' | 'en';

/** Shown for a figure that cannot be computed (no denominator, invalid input). */
export const NOT_AVAILABLE = '—';

const YUAN_PATTERN = /^([+-])?(\d+)(?:\.(\d{1,2}))?$/;

/** Parses an exact yuan amount ("645037526.18", "-12.5", "3") into fen. Throws on anything else. */
export function parseYuan(yuan: string): bigint {
  const m = YUAN_PATTERN.exec(yuan.trim());
  if (!m) throw new TypeError(`Not a yuan amount with at most two decimals: "${yuan}"`);
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}

/** n / d rounded half away from zero (the "四舍五入" of reports, symmetric for negatives). */
function roundDiv(n: bigint, d: bigint): bigint {
  if (d < 0n) return roundDiv(-n, -d);
  const q = n / d;
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A fixed-point integer (value × 10^decimals) as a grouped decimal string; never "-0.00". */
function fixedToString(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const factor = 10n ** BigInt(decimals);
  const whole = groupThousands((abs / factor).toString());
  const frac = decimals > 0 ? `.${(abs % factor).toString().padStart(decimals, '0')}` : '';
  return `${negative && abs !== 0n ? '-' : ''}${whole}${frac}`;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 8) {
    throw new RangeError(`decimals must be an integer from 0 to 8 (got ${decimals})`);
  }
}

/** fen expressed in a unit of `unitFen` fen, rounded half-up to `decimals`, as a fixed-point integer. */
function scaleFen(fen: bigint, unitFen: bigint, decimals: number): bigint {
  return roundDiv(fen * 10n ** BigInt(decimals), unitFen);
}

interface MoneyUnit {
  /** Size of the unit in fen. */
  fen: bigint;
  format: (amount: string) => string;
}

// 元 → 万元 (10⁴) → 亿元 (10⁸): the units of Chinese budget reports.
const ZH_UNITS: MoneyUnit[] = [
  { fen: 100n, format: (a) => `${a} 元` },
  { fen: 1_000_000n, format: (a) => `${a} 万元` },
  { fen: 10_000_000_000n, format: (a) => `${a} 亿元` },
];

// English readers count in thousands: yuan → K → M → B.
const EN_UNITS: MoneyUnit[] = [
  { fen: 100n, format: (a) => `¥${a}` },
  { fen: 100_000n, format: (a) => `¥${a}K` },
  { fen: 100_000_000n, format: (a) => `¥${a}M` },
  { fen: 100_000_000_000n, format: (a) => `¥${a}B` },
];

/** The sign goes before the currency sign: "-¥55.33M", "-36.56 万元". */
function withUnit(amount: string, unit: MoneyUnit): string {
  return amount.startsWith('-') ? `-${unit.format(amount.slice(1))}` : unit.format(amount);
}

function formatInUnit(fen: bigint, unit: MoneyUnit, decimals: number): string {
  return withUnit(fixedToString(scaleFen(fen, unit.fen, decimals), decimals), unit);
}

export interface MoneyOptions {
  /** Digits after the decimal point (default 2). */
  decimals?: number;
  locale?: FormatLocale;
}

/**
 * An amount in the unit its magnitude calls for: "6.45 亿元", "36.56 万元", "9,999.99 元"
 * (en: "¥645.04M", "¥365.60K"). A value that rounds up to the next unit is shown in it
 * (99,999,999.99 元 is "1.00 亿元", not "10,000.00 万元").
 */
export function formatYuan(yuan: string, options: MoneyOptions = {}): string {
  const decimals = options.decimals ?? 2;
  checkDecimals(decimals);
  const units = options.locale === 'en' ? EN_UNITS : ZH_UNITS;
  const fen = parseYuan(yuan);
  const abs = fen < 0n ? -fen : fen;
  let i = 0;
  while (i + 1 < units.length && abs >= units[i + 1].fen) i += 1;
  // Amounts below the second unit keep every fen, so only a rounded unit can round up into the next.
  if (i > 0 && i + 1 < units.length) {
    const scaled = scaleFen(abs, units[i].fen, decimals);
    const nextUnitInThisUnit = (units[i + 1].fen / units[i].fen) * 10n ** BigInt(decimals);
    if (scaled >= nextUnitInThisUnit) i += 1;
  }
  return formatInUnit(fen, units[i], i === 0 ? 2 : decimals);
}

/** The exact sum of yuan amounts, as a yuan string with two decimals: ("1.5", "2.25") → "3.75". */
export function sumYuan(amounts: readonly string[]): string {
  const fen = amounts.reduce((total, a) => total + parseYuan(a), 0n);
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The exact amount as a plain number string for spreadsheets: "645037526.18" (no grouping, no unit). */
export function yuanPlain(yuan: string): string {
  const fen = parseYuan(yuan);
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** An amount in 万元, e.g. "36.56 万元". */
export function formatWan(yuan: string, decimals = 2): string {
  checkDecimals(decimals);
  return formatInUnit(parseYuan(yuan), ZH_UNITS[1], decimals);
}

/** An amount in 亿元, e.g. "6.45 亿元". */
export function formatYi(yuan: string, decimals = 2): string {
  checkDecimals(decimals);
  return formatInUnit(parseYuan(yuan), ZH_UNITS[2], decimals);
}

/** The exact amount to the fen: "645,037,526.18 元" (en: "¥645,037,526.18"). */
export function formatYuanExact(yuan: string, locale: FormatLocale = 'zh'): string {
  const units = locale === 'en' ? EN_UNITS : ZH_UNITS;
  return withUnit(fixedToString(parseYuan(yuan), 2), units[0]);
}

/**
 * An amount as a plain number in 万元 or 亿元, rounded half-up to `decimals`, for chart axes and bar
 * lengths only: never sum these.
 */
export function yuanInUnit(yuan: string, unit: 'wan' | 'yi', decimals = 4): number {
  checkDecimals(decimals);
  const scaled = scaleFen(parseYuan(yuan), ZH_UNITS[unit === 'wan' ? 1 : 2].fen, decimals);
  return Number(scaled) / 10 ** decimals;
}

/**
 * A finite number as an exact decimal (digits, scale): 0.2845 → (2845n, 4). Goes through 15
 * significant digits so binary noise (0.2845 is stored as 0.28449999…) does not decide the rounding.
 */
function toDecimal(value: number): { digits: bigint; scale: number } {
  const [mantissa, exp] = value.toPrecision(15).split('e');
  const negative = mantissa.startsWith('-');
  const [int, frac = ''] = mantissa.replace('-', '').split('.');
  let digits = BigInt(int + frac);
  let scale = frac.length - Number(exp ?? 0);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: negative ? -digits : digits, scale };
}

/** value × 10^shift rounded half-up to `decimals`, grouped; "—" when not finite. */
function formatNumber(value: number, decimals: number, shift: number): string {
  checkDecimals(decimals);
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const { digits, scale } = toDecimal(value);
  return fixedToString(roundDiv(digits * 10n ** BigInt(decimals + shift), 10n ** BigInt(scale)), decimals);
}

/**
 * A rate given as a fraction, as a percentage: 0.72248 → "72.2%", 0.2845 → "28.5%". "—" when the server gives
 * none (an execution rate with a zero budget is not applicable).
 */
export function formatRate(fraction: number | null | undefined, decimals = 1): string {
  if (fraction === null || fraction === undefined) return NOT_AVAILABLE;
  const text = formatNumber(fraction, decimals, 2);
  return text === NOT_AVAILABLE ? text : `${text}%`;
}

/**
 * The exact percentage numerator ÷ denominator of two yuan amounts (e.g. executed ÷ budget):
 * ("466000000.00", "645000000.00") → "72.2%". "—" when the denominator is zero.
 */
export function formatYuanRatio(numerator: string, denominator: string, decimals = 1): string {
  checkDecimals(decimals);
  const d = parseYuan(denominator);
  if (d === 0n) return NOT_AVAILABLE;
  return `${fixedToString(roundDiv(parseYuan(numerator) * 10n ** BigInt(decimals + 2), d), decimals)}%`;
}

/**
 * numerator ÷ denominator of two yuan amounts as a fraction, for spreadsheets that format it as a percentage
 * ("3342325.40", "4532240.00") → 0.73746…; null when the denominator is zero.
 */
export function yuanFraction(numerator: string, denominator: string): number | null {
  const d = parseYuan(denominator);
  if (d === 0n) return null;
  return Number(parseYuan(numerator)) / Number(d);
}

/** The exact percentage of two counts: (82, 90) → "91.1%". "—" when the total is zero. */
export function formatShare(count: number, total: number, decimals = 1): string {
  checkDecimals(decimals);
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(total)) {
    throw new TypeError(`count and total must be integers (got ${count}, ${total})`);
  }
  if (total === 0) return NOT_AVAILABLE;
  return `${fixedToString(roundDiv(BigInt(count) * 10n ** BigInt(decimals + 2), BigInt(total)), decimals)}%`;
}

/** An integer with thousands separators: 1234567 → "1,234,567". */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return NOT_AVAILABLE;
  return fixedToString(BigInt(value), 0);
}

/** A decimal number such as a score, half-up: (92.45) → "92.5", (1234.5, 0) → "1,235". */
export function formatDecimal(value: number, decimals = 1): string {
  return formatNumber(value, decimals, 0);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateOptions {
  /**
   * Offset of the reader's calendar from UTC in minutes. Default +480 (China Standard Time, no
   * daylight saving), so a deadline stored as 2023-08-31T16:00:00Z reads as 2023-09-01 in the county.
   */
  utcOffsetMinutes?: number;
}

/** A date as YYYY-MM-DD. Date-only strings are kept as written; invalid input gives "—". */
export function formatDate(value: Date | string | number, options: DateOptions = {}): string {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) {
      const check = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return check.getUTCMonth() === Number(m[2]) - 1 && check.getUTCDate() === Number(m[3]) ? value : NOT_AVAILABLE;
    }
  }
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(time)) return NOT_AVAILABLE;
  const local = new Date(time + (options.utcOffsetMinutes ?? 480) * 60_000);
  const y = local.getUTCFullYear().toString().padStart(4, '0');
  const mo = (local.getUTCMonth() + 1).toString().padStart(2, '0');
  const d = local.getUTCDate().toString().padStart(2, '0');
  return `${y}-${mo}-${d}`;
}

/**
 * A moment as YYYY-MM-DD HH:mm:ss in China Standard Time (Asia/Shanghai, +08:00 all year), whatever the
 * browser's own time zone: a wall display in the county shows the county's time.
 */
export function formatDateTime(value: Date | number, options: DateOptions = {}): string {
  const time = value instanceof Date ? value.getTime() : value;
  if (!Number.isFinite(time)) return NOT_AVAILABLE;
  const local = new Date(time + (options.utcOffsetMinutes ?? 480) * 60_000);
  const two = (n: number) => n.toString().padStart(2, '0');
  return `${formatDate(time, options)} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
}
