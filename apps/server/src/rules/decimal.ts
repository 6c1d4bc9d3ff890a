// Exact decimal arithmetic shared by the rules: values are parsed into BigInt integers scaled by
// 10^decimals (fen for money, hundredths for scores, ten-thousandths for indicator values), so no
// rule ever compares or rounds a binary float.

/** A bad input to a rule. The message names the field and the problem, in Chinese and English. */
export class RuleInputError extends Error {
  readonly field: string;

  constructor(field: string, zh: string, en: string) {
    super(`${field}: ${zh} / ${en}`);
    this.name = 'RuleInputError';
    this.field = field;
  }
}

export interface ParseScaledOptions {
  /** Accept a leading minus sign (default: no; amounts and scores are never negative). */
  allowNegative?: boolean;
  /** Accept a JS number as well as a string (default: no; money always travels as a string). */
  allowNumber?: boolean;
}

// Plain decimal notation only: no exponent, no thousands separators, no leading "+" or ".5", no spaces,
// so that what a person typed is exactly what gets stored.
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parses a decimal string (or number, if allowed) into an integer scaled by 10^decimals. */
export function parseScaled(input: unknown, field: string, decimals: number, options: ParseScaledOptions = {}): bigint {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (typeof input === 'number' && options.allowNumber) {
    if (!Number.isFinite(input)) {
      throw new RuleInputError(field, '不是有效数字', `is not a finite number (got ${String(input)})`);
    }
    // String() gives the shortest text that round-trips, so 89.99 reads back as "89.99", while a
    // float artefact such as 0.1 + 0.2 shows all its digits and is rejected below.
    text = String(input);
  } else {
    throw new RuleInputError(
      field,
      options.allowNumber ? '须为数字或十进制字符串' : '须为十进制字符串',
      options.allowNumber
        ? `must be a number or a decimal string (got ${describe(input)})`
        : `must be a decimal string (got ${describe(input)})`,
    );
  }
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new RuleInputError(field, '不是有效的十进制数', `is not a decimal number (got "${text}")`);
  }
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > decimals) {
    throw new RuleInputError(
      field,
      `小数位数不得超过${decimals}位`,
      `has more than ${decimals} decimals (got "${text}")`,
    );
  }
  if (sign && !options.allowNegative) {
    throw new RuleInputError(field, '不得为负数', `must not be negative (got "${text}")`);
  }
  const magnitude = BigInt(whole + fraction.padEnd(decimals, '0'));
  return sign ? -magnitude : magnitude;
}

/** Formats an integer scaled by 10^decimals with exactly that many decimals ("-0.05"). */
export function formatScaled(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? '.' + fraction : ''}`;
}

/** numerator / denominator rounded half-up (a tie goes away from zero), the rounding finance uses. */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** Ceiling of numerator / denominator for non-negative numerator, positive denominator. */
export function divCeil(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) throw new RangeError('divCeil expects numerator >= 0, denominator > 0');
  return (numerator + denominator - 1n) / denominator;
}

export function absBig(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (typeof input === 'string') return `"${input}"`;
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input);
  return typeof input;
}
