import type { EntityManager } from 'typeorm';
import type { Role } from '@jixiao/schema/enums';
import { sqlParams, type SqlParams } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import type { FieldSpec } from '../fields.js';
import type { ImportKindName } from '../import.entity.js';

/** What a kind's SQL works on: the staged rows of one import (data_import_row r WHERE r.import_id = $1). */
export interface KindContext {
  importId: number;
  year: number;
  viewer: Viewer;
}

/**
 * One kind of import: its columns, who may import it, and three set-based steps over its staged rows.
 * Adding a kind is one file like `projects.kind.ts` plus a line in `kinds/index.ts`.
 */
export interface ImportKind {
  name: ImportKindName;
  zh: string;
  en: string;
  /** Sheets looked for by name (normalized); otherwise the first sheet is read. */
  sheetNames: string[];
  fields: FieldSpec[];
  roles: Role[];
  /** The field a duplicate row's error points at. */
  keyField: string;
  /** The row's identity in the file (a duplicate repeats it); '' when its key fields are missing. */
  key(values: Record<string, string | null>): string;
  /**
   * Checks the staged rows against the database within the viewer's scope, resolves references and fills
   * unit_id, target_id (the existing row), refs, errors, warnings and changes. Rerun by the commit.
   */
  diff(m: EntityManager, ctx: KindContext): Promise<void>;
  /** Writes the NEW and CHANGED rows (inside the commit's transaction); returns figures for the audit entry. */
  apply(m: EntityManager, ctx: KindContext): Promise<Record<string, number>>;
}

/** Params of a kind's statement: $1 the import; scope conditions push theirs after. */
export const stagedParams = (ctx: KindContext): SqlParams => sqlParams([ctx.importId]);

/** The import's year as an SQL literal (an integer checked by the preview), for the diff's statements. */
export function yearSql(ctx: KindContext): string {
  if (!Number.isInteger(ctx.year)) throw new Error(`bad year ${ctx.year}`);
  return `${ctx.year}`;
}

/** Appends a problem to the rows matching `where` (SQL over `r` and the `from` aliases); zh/en are SQL text expressions. */
export async function addProblem(
  m: EntityManager,
  p: SqlParams,
  opts: {
    list?: 'errors' | 'warnings';
    field: string;
    code: string;
    zh: string;
    en: string;
    from?: string;
    where: string;
  },
): Promise<void> {
  const list = opts.list ?? 'errors';
  const problem = `jsonb_build_object('field', ${p.push(opts.field)}::text, 'code', ${p.push(opts.code)}::text,
                                      'zh', ${opts.zh}, 'en', ${opts.en})`;
  await m.query(
    `UPDATE data_import_row r SET ${list} = r.${list} || jsonb_build_array(${problem})
       ${opts.from ? `FROM ${opts.from}` : ''}
      WHERE r.import_id = $1 AND ${opts.where}`,
    p.values,
  );
}

/**
 * `changes` of the rows that match an existing row: { field: [before, after] } for the fields that differ.
 * Each comparison gives the current and the new value as SQL text expressions.
 */
export function changesSql(compare: { field: string; current: string; next: string }[]): string {
  return `jsonb_strip_nulls(jsonb_build_object(${compare
    .map(
      (c) =>
        `'${c.field}', CASE WHEN (${c.current}) IS DISTINCT FROM (${c.next}) THEN jsonb_build_array(${c.current}, ${c.next}) END`,
    )
    .join(', ')}))`;
}

/** A staged value as SQL text. */
export const v = (field: string) => `(r.data->>'${field}')`;
