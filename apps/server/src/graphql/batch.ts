// DataLoader's contract: a batch function answers one value per key asked, in the order asked.

export type Row = Record<string, any>;

/** Groups rows by a key, keeping the order of `keys` (one list per key, empty when none). */
export function groupBy<T>(keys: readonly number[], rows: Row[], key: string, map: (r: Row) => T): T[][] {
  const by = new Map<number, T[]>();
  for (const r of rows) {
    const k = r[key] as number;
    if (!by.has(k)) by.set(k, []);
    by.get(k)!.push(map(r));
  }
  return keys.map((k) => by.get(k) ?? []);
}

/** One row per key by its `id` (null when out of scope or missing), in the order of `keys`. */
export function byId<T>(keys: readonly number[], rows: Row[], map: (r: Row) => T): (T | null)[] {
  const by = new Map(rows.map((r) => [r.id as number, map(r)]));
  return keys.map((k) => by.get(k) ?? null);
}

/** numeric text without the padding zeros: '1500.0000' → '1500', '95.5000' → '95.5'. */
export const trimNumeric = (v: string | null): string | null =>
  v === null ? null : v.includes('.') ? v.replace(/\.?0+$/, '') : v;

export const numberOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
