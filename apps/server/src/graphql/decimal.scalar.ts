import { GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d{1,14}(\.\d{1,2})?$/;

/** Normalises a numeric value from PostgreSQL or a client to exactly two decimals, without floats. */
export function toDecimalString(value: unknown): string {
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

/** Exact yuan as a string with two decimals ("645000000.00"): money never passes through a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    '金额（元），两位小数的字符串 / Exact amount in yuan as a string with two decimals, e.g. "645000000.00".',
  serialize: (value) => toDecimalString(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
      throw new TypeError('Decimal must be a string such as "1234.56" / 金额须为字符串，如 "1234.56"');
    }
    return toDecimalString(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !DECIMAL.test(ast.value.trim())) {
      throw new TypeError('Decimal must be a string such as "1234.56" / 金额须为字符串，如 "1234.56"');
    }
    return toDecimalString(ast.value);
  },
});
