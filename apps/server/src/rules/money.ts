// Money: decimal strings in yuan with at most two decimals at the edges, BigInt fen inside.
// A float cannot hold 0.10 exactly, and a county ledger must add up to the fen.

import { RuleInputError, formatScaled, parseScaled } from './decimal.js';

export interface ParseYuanOptions {
  /** Accept negative amounts (differences, corrections). Budgets and payments are never negative. */
  allowNegative?: boolean;
}

/**
 * Parses "645000000.00" (or "12", "12.5") into fen. Rejects anything else (numbers, "abc", "1e5",
 * "1,000", "1.234", negatives unless allowed) with an Error naming `field`.
 */
export function parseYuan(s: string, field = 'amount', options: ParseYuanOptions = {}): bigint {
  return parseScaled(s, field, 2, { allowNegative: options.allowNegative });
}

/** Formats fen as yuan with exactly two decimals: 123n → "1.23", -5n → "-0.05". */
export function formatYuan(fen: bigint): string {
  return formatScaled(fen, 2);
}

/** Adds a list of yuan strings exactly; the index of a bad entry is named in the error. */
export function sumYuan(values: readonly string[], field: string): bigint {
  if (!Array.isArray(values)) {
    throw new RuleInputError(field, '须为金额列表', 'must be a list of amounts');
  }
  return values.reduce((total, value, index) => total + parseYuan(value, `${field}[${index}]`), 0n);
}
