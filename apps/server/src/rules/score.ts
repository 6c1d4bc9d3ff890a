// Scores, completion percentages and weights: 0–100 with at most two decimals, held as integer
// hundredths (89.99 → 8999n) so that 89.99 vs 90.00 is decided exactly.

import { RuleInputError, divRoundHalfUp, formatScaled, parseScaled } from './decimal.js';

/** A score as it arrives: "89.99" or 89.99. */
export type ScoreInput = string | number;

const HUNDRED = 10000n; // 100.00 in hundredths

/** Parses a score (or completion percentage) in 0–100 into hundredths. */
export function parseScore(value: ScoreInput, field = 'score'): bigint {
  const hundredths = parseScaled(value, field, 2, { allowNumber: true });
  if (hundredths > HUNDRED) {
    throw new RuleInputError(field, '须在0到100之间', `must be between 0 and 100 (got ${String(value)})`);
  }
  return hundredths;
}

/** Formats hundredths as a score with two decimals: 8999n → "89.99". */
export function formatScore(hundredths: bigint): string {
  return formatScaled(hundredths, 2);
}

/** A band threshold or a single weight from the rule set: 0–100, two decimals at most. */
export function parseRuleNumber(value: number, field: string): bigint {
  return parseScore(value, field);
}

/**
 * Parses a set of weights into hundredths and checks they add up to 100: otherwise a weighted score
 * would not be out of 100 and the grade bands would mean nothing.
 */
export function parseWeights<K extends string>(
  weights: Record<K, number>,
  keys: readonly K[],
  field: string,
): Record<K, bigint> {
  if (weights === null || typeof weights !== 'object') {
    throw new RuleInputError(field, '须为权重对象', 'must be an object of weights');
  }
  const parsed = {} as Record<K, bigint>;
  let sum = 0n;
  for (const key of keys) {
    parsed[key] = parseRuleNumber(weights[key], `${field}.${key}`);
    sum += parsed[key];
  }
  if (sum !== HUNDRED) {
    throw new RuleInputError(
      field,
      `权重之和须为100（当前为${formatScore(sum)}）`,
      `weights must add up to 100 (they add up to ${formatScore(sum)})`,
    );
  }
  return parsed;
}

/**
 * weight × completion / 100 in hundredths, rounded half-up: a weight of 50 and a completion of
 * 87.33% give 43.665 → 43.67 (4367n). Both inputs are in hundredths.
 */
export function weightedPart(weightHundredths: bigint, completionHundredths: bigint): bigint {
  return divRoundHalfUp(weightHundredths * completionHundredths, HUNDRED);
}
