import type { EntityManager } from 'typeorm';
import type { TargetIndicator } from '../../rules/targets.js';
import { libraryOf } from '../auth/index.js';
import { badInput } from '../workflow/index.js';

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

/**
 * A library indicator can be chosen only from the library the project's region uses (its own, those of the
 * regions above it, the national one) as it stands in the project's year: a retired version stays on the
 * targets that already carry it (`kept`), and cannot be chosen for new ones.
 */
export async function checkTemplatesChoosable(
  m: EntityManager,
  project: { id: number; year: number },
  indicators: readonly { templateId?: number | null }[],
  kept: readonly number[],
): Promise<void> {
  const ids = indicators.map((i) => i.templateId).filter((id): id is number => id != null && !kept.includes(id));
  if (ids.length === 0) return;
  const year = project.year;
  const regionPath = `(SELECT pr.path FROM project pp JOIN region pr ON pr.id = pp.region_id WHERE pp.id = $3)`;
  const rows = (await m.query(
    `SELECT id FROM indicator_template t WHERE id = ANY($1::int[])
        AND t.from_year <= $2 AND (t.retired_from IS NULL OR t.retired_from > $2) AND ${libraryOf(regionPath, 't.region_id')}`,
    [ids, year, project.id],
  )) as { id: number }[];
  const choosable = new Set(rows.map((r) => r.id));
  const bad = indicators.findIndex(
    (i) => i.templateId != null && !kept.includes(i.templateId) && !choosable.has(i.templateId),
  );
  if (bad >= 0) {
    throw badInput(
      `indicators[${bad}].templateId`,
      `该指标不在本地区${year}年度指标库中（已停用、已被新版本取代或不属于本地区）`,
      `not in the ${year} indicator library of the project's region (retired, replaced by a newer version, or another region's)`,
    );
  }
}
