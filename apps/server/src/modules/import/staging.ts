import type { EntityManager } from 'typeorm';
import type { Problem } from './fields.js';
import type { CheckedRow, ImportKind, KindContext } from './kinds/kind.js';

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
 * Compares the staged rows with the database, set-based, in two passes over the rows: the kind resolves its
 * references within the viewer's scope (and repeated keys are found), then judges each row; every row is
 * classified new / changed / unchanged / error. Run by the preview, and again by the commit inside its
 * transaction (the database may have moved since the preview).
 */
export async function diffStaged(m: EntityManager, kind: ImportKind, ctx: KindContext): Promise<Counts> {
  const resolve = kind.resolve(ctx);
  const key = resolve.params.length + 1;
  await m.query(
    `UPDATE data_import_row r SET unit_id = x.unit_id, target_id = x.target_id, refs = x.refs,
            warnings = '[]'::jsonb, changes = NULL, status = NULL,
            -- The same key twice in one file: every repetition is an error naming the row it repeats.
            errors = r.parse_errors || CASE WHEN x.first < r.line THEN jsonb_build_array(jsonb_build_object(
              'field', $${key}::text, 'code', 'DUPLICATE', 'zh', '与第 ' || x.first || ' 行重复', 'en', 'repeats row ' || x.first))
              ELSE '[]'::jsonb END
       FROM (SELECT res.*, d.first FROM (${resolve.sql}) res
               LEFT JOIN (SELECT line, min(line) OVER (PARTITION BY key) AS first FROM data_import_row
                           WHERE import_id = $1 AND key <> '') d ON d.line = res.line) x
      WHERE r.import_id = $1 AND r.line = x.line`,
    [...resolve.params, kind.keyField],
  );
  const judge = kind.judge(ctx);
  await m.query(
    `UPDATE data_import_row r SET errors = r.errors || x.problems, warnings = x.warnings,
            changes = CASE WHEN x.changes = '{}'::jsonb THEN NULL ELSE x.changes END,
            status = CASE WHEN r.errors || x.problems <> '[]'::jsonb THEN 'ERROR'
                          WHEN r.target_id IS NULL THEN 'NEW'
                          WHEN x.changes IS NOT NULL AND x.changes <> '{}'::jsonb THEN 'CHANGED'
                          ELSE 'UNCHANGED' END
       FROM (${judge.sql}) x
      WHERE r.import_id = $1 AND r.line = x.line`,
    judge.params,
  );
  if (kind.check) await checkRows(m, kind, ctx);
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

/**
 * The kind's row checks in TypeScript (the mutation services' validation), for each row that has no error yet,
 * one row at a time: a row's problems make it an ERROR, the values the checks cleaned are kept in its refs.
 */
async function checkRows(m: EntityManager, kind: ImportKind, ctx: KindContext): Promise<void> {
  const rows = (await m.query(
    `SELECT line, key, data, target_id AS "targetId", refs FROM data_import_row
      WHERE import_id = $1 AND status <> 'ERROR' ORDER BY line`,
    [ctx.importId],
  )) as CheckedRow[];
  for (const row of rows) {
    const r = await kind.check!(m, ctx, row);
    if (r.problems.length === 0 && !r.refs) continue;
    await m.query(
      `UPDATE data_import_row SET errors = errors || $3::jsonb, refs = refs || $4::jsonb,
              status = CASE WHEN $3::jsonb <> '[]'::jsonb THEN 'ERROR' ELSE status END,
              changes = CASE WHEN $3::jsonb <> '[]'::jsonb THEN NULL ELSE changes END
        WHERE import_id = $1 AND line = $2`,
      [ctx.importId, row.line, JSON.stringify(r.problems), JSON.stringify(r.refs ?? {})],
    );
  }
}
