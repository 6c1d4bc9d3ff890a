import type { EntityManager } from 'typeorm';
import type { TargetIndicator } from '../../rules/targets.js';

/**
 * Attaches to each indicator built from the library the reference value of its template, so the quality
 * checks accept the library's own qualitative wording ("明显改善").
 */
export async function withLibraryReferences<T extends TargetIndicator & { templateId?: number | null }>(
  m: EntityManager,
  indicators: readonly T[],
): Promise<T[]> {
  const ids = [...new Set(indicators.map((i) => i.templateId).filter((id): id is number => id != null))];
  if (ids.length === 0) return [...indicators];
  const rows = (await m.query(`SELECT id, reference_value FROM indicator_template WHERE id = ANY($1::int[])`, [
    ids,
  ])) as { id: number; reference_value: string }[];
  const reference = new Map(rows.map((r) => [r.id, r.reference_value]));
  return indicators.map((i) => ({
    ...i,
    libraryReference: i.templateId != null ? (reference.get(i.templateId) ?? null) : null,
  }));
}
