// Exact ratios: {numerator, denominator} of safe integers, compared by cross-multiplication in BigInt.
// 5/12 has no exact float; a project at exactly 5/12 execution must pass, not fail by a rounding hair.

import type { Ratio } from '@jixiao/schema/rule-defaults';
import { RuleInputError } from './decimal.js';

export interface RatioTerms {
  n: bigint;
  d: bigint;
}

/** Checks a ratio (integer terms, numerator ≥ 0, denominator > 0) and returns it as BigInt terms. */
export function ratioTerms(ratio: Ratio, field: string): RatioTerms {
  if (ratio === null || typeof ratio !== 'object') {
    throw new RuleInputError(field, '须为比例 {numerator, denominator}', 'must be a ratio {numerator, denominator}');
  }
  const { numerator, denominator } = ratio;
  if (!Number.isSafeInteger(numerator) || numerator < 0) {
    throw new RuleInputError(
      field,
      '分子须为非负整数',
      `numerator must be a non-negative integer (got ${String(numerator)})`,
    );
  }
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RuleInputError(
      field,
      '分母须为正整数',
      `denominator must be a positive integer (got ${String(denominator)})`,
    );
  }
  return { n: BigInt(numerator), d: BigInt(denominator) };
}

/** Builds a Ratio from BigInt terms (e.g. fen sums); refuses terms a JS number cannot hold exactly. */
export function ratioFromBig(numerator: bigint, denominator: bigint, field: string): Ratio {
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  if (numerator > max || denominator > max || numerator < -max) {
    throw new RuleInputError(field, '数值过大，无法精确表示', 'is too large to be represented exactly');
  }
  return { numerator: Number(numerator), denominator: Number(denominator) };
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const x = ratioTerms(a, 'a');
  const y = ratioTerms(b, 'b');
  const left = x.n * y.d;
  const right = y.n * x.d;
  return left < right ? -1 : left > right ? 1 : 0;
}
