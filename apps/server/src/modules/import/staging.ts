import type { EntityManager } from 'typeorm';
import type { Problem } from './fields.js';
import type { ImportKind, KindContext } from './kinds/kind.js';

export interface StagedRow {
  line: number;
  key: string;
  data: Record<string, string | null>;
  problems: (Problem & { field: string })[];
}

/** Rows are staged in batches of this many: one statement each, flat memory whatever the file's size. */
export const BATCH_ROWS = 2000;

/** Inserts one batch of parsed rows into the staging table (one statement, arrays unnested by PostgreSQL). */
export async function stageBatch(m: EntityManager, importId: number, rows: StagedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await m.query(
    `INSERT INTO data_import_row (import_id, line, key, data, parse_errors, errors)
     SELECT $1, t.line, t.key, t.data, t.errors, t.errors
       FROM unnest($2::int[], $3::text[], $4::jsonb[], $5::jsonb[]) AS t(line, key, data, errors)`,
    [
      importId,
      rows.map((r) => r.line),
      rows.map((r) => r.key.slice(0, 80)),
      rows.map((r) => JSON.stringify(r.data)),
      rows.map((r) => JSON.stringify(r.problems)),
    ],
  );
}

export interface Counts {
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  errorCount: number;
  warningCount: number;
}

/**
 * Compares the staged rows with the database, all set-based: the kind's checks and matches within the viewer's
 * scope, then each row classified new / changed / unchanged / error. Run by the preview, and again by the
 * commit inside its transaction (the database may have moved since the preview).
 */
export async function diffStaged(m: EntityManager, kind: ImportKind, ctx: KindContext): Promise<Counts> {
  await m.query(
    `UPDATE data_import_row SET errors = parse_errors, warnings = '[]'::jsonb, refs = '{}'::jsonb,
            unit_id = NULL, target_id = NULL, changes = NULL, status = NULL
      WHERE import_id = $1`,
    [ctx.importId],
  );
  // The same key twice in one file: every repetition is an error naming the row it repeats.
  await m.query(
    `UPDATE data_import_row r SET errors = r.errors || jsonb_build_array(jsonb_build_object(
              'field', $2::text, 'code', 'DUPLICATE',
              'zh', '与第 ' || d.first || ' 行重复', 'en', 'repeats row ' || d.first))
       FROM (SELECT line, min(line) OVER (PARTITION BY key) AS first FROM data_import_row
              WHERE import_id = $1 AND key <> '') d
      WHERE r.import_id = $1 AND r.line = d.line AND d.first < d.line`,
    [ctx.importId, kind.keyField],
  );
  await kind.diff(m, ctx);
  await m.query(
    `UPDATE data_import_row SET status = CASE
              WHEN errors <> '[]'::jsonb THEN 'ERROR'
              WHEN target_id IS NULL THEN 'NEW'
              WHEN changes IS NOT NULL AND changes <> '{}'::jsonb THEN 'CHANGED'
              ELSE 'UNCHANGED' END,
            changes = CASE WHEN changes = '{}'::jsonb THEN NULL ELSE changes END
      WHERE import_id = $1`,
    [ctx.importId],
  );
  const [c] = await m.query(
    `SELECT (count(*) FILTER (WHERE status = 'NEW'))::int AS "newCount",
            (count(*) FILTER (WHERE status = 'CHANGED'))::int AS "changedCount",
            (count(*) FILTER (WHERE status = 'UNCHANGED'))::int AS "unchangedCount",
            (count(*) FILTER (WHERE status = 'ERROR'))::int AS "errorCount",
            (count(*) FILTER (WHERE warnings <> '[]'::jsonb))::int AS "warningCount"
       FROM data_import_row WHERE import_id = $1`,
    [ctx.importId],
  );
  return c as Counts;
}
