import { GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d{1,14}(\.\d{1,2})?$/;
/** Two decimals, no leading zero, no "-0.00": what toDecimalString returns for it is itself. */
const CANONICAL = /^(?:-?[1-9]\d*|0)\.\d\d$|^-0\.(?:0[1-9]|[1-9]\d)$/;

/** Normalises a numeric value from PostgreSQL or a client to exactly two decimals, without floats. */
export function toDecimalString(value: unknown): string {
  // PostgreSQL's text of a numeric(…, 2) and its sums: already the answer (most of a large list's amounts).
  if (typeof value === 'string' && CANONICAL.test(value)) return value;
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('Decimal must be finite');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new TypeError(`Decimal must be a number with at most two decimals, got ${JSON.stringify(value)}`);
  const [, sign, int, frac = ''] = m;
  if (frac.length > 2 && /[1-9]/.test(frac.slice(2))) {
    throw new TypeError(`Decimal must have at most two decimals, got ${s}`);
  }
  return `${sign}${BigInt(int).toString()}.${frac.slice(0, 2).padEnd(2, '0')}`;
}

/** The refusal of a bad amount, English / Chinese (the field is named by whoever reports it). */
export const DECIMAL_INPUT =
  'must be an amount in yuan as a string with at most two decimals, such as "1234.56" / 须为最多两位小数的金额（元），以字符串填写，如 "1234.56"';

/** Exact yuan as a string with two decimals ("645000000.00"): money never passes through a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    '金额（元），两位小数的字符串 / Exact amount in yuan as a string with two decimals, e.g. "645000000.00".',
  serialize: (value) => toDecimalString(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
      throw new TypeError(DECIMAL_INPUT);
    }
    return toDecimalString(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !DECIMAL.test(ast.value.trim())) {
      throw new TypeError(DECIMAL_INPUT);
    }
    return toDecimalString(ast.value);
  },
});
