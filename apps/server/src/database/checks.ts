/** SQL CHECK that a text column holds one of the enum's values. */
export function oneOf(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}

/** numeric(16,2): up to 99 trillion yuan, exact to the fen. */
export const MONEY = { type: 'numeric', precision: 16, scale: 2 } as const;
/** numeric(5,2): a score of 0.00–100.00. */
export const SCORE = { type: 'numeric', precision: 5, scale: 2 } as const;
/** numeric(18,4): an indicator value. */
export const MEASURE = { type: 'numeric', precision: 18, scale: 4 } as const;
