import type { EntityManager } from 'typeorm';
import type { Role } from '@jixiao/schema/enums';
import { sqlParams, type SqlParams } from '../../auth/index.js';
import type { Viewer } from '../../auth/index.js';
import type { FieldSpec, Problem } from '../fields.js';
import type { ImportKindName } from '../import.entity.js';

/** What a kind's SQL works on: the staged rows of one import (data_import_row s WHERE s.import_id = $1). */
export interface KindContext {
  importId: number;
  year: number;
  viewer: Viewer;
  /** Filled by a commit that creates users: each new user's one-time password, returned once, never stored. */
  handover?: OneTimePassword[];
}

export interface OneTimePassword {
  username: string;
  displayName: string;
  password: string;
}

/** A staged row as `check` sees it: its values, the row it updates (null: new), what `resolve` found. */
export interface CheckedRow {
  line: number;
  key: string;
  data: Record<string, string | null>;
  targetId: number | null;
  refs: Record<string, unknown>;
}

/** What `check` says of a row: its problems (each naming a field of the kind), and values to keep in its refs. */
export interface CheckResult {
  problems: (Problem & { field: string })[];
  refs?: Record<string, unknown>;
}

/** A SELECT over the staged rows `s` of import $1, with the parameters its scope conditions pushed. */
export interface StagedSelect {
  sql: string;
  params: unknown[];
}

/**
 * One kind of import: its columns, who may import it, and set-based SQL over its staged rows. The engine
 * (staging.ts) runs `resolve` then `judge`, each as one UPDATE of every staged row: two passes over
 * 100,000 rows, not one per check. Adding a kind is one file like `projects.kind.ts` and a line in `index.ts`.
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
   * Resolves references within the viewer's scope: SELECT s.line, unit_id, target_id (the existing row this one
   * updates), refs (jsonb) FROM data_import_row s … WHERE s.import_id = $1.
   */
  resolve(ctx: KindContext): StagedSelect;
  /**
   * Judges each resolved row (s.unit_id, s.target_id, s.refs set; s.errors holds the cell and duplicate
   * problems): SELECT s.line, problems (jsonb array), warnings (jsonb array), changes (jsonb or null) ….
   */
  judge(ctx: KindContext): StagedSelect;
  /**
   * Checks each row without errors so far through the mutation services' own checks (the form's rules, one rule
   * not two): for kinds of a few thousand rows at most (units, users, the indicator library). Runs after `judge`.
   */
  check?(m: EntityManager, ctx: KindContext, row: CheckedRow): Promise<CheckResult>;
  /** Writes the NEW and CHANGED rows (inside the commit's transaction); returns figures for the audit entry. */
  apply(m: EntityManager, ctx: KindContext): Promise<Record<string, number>>;
}

/** Params of a kind's statement: $1 the import; scope conditions push theirs after. */
export const stagedParams = (ctx: KindContext): SqlParams => sqlParams([ctx.importId]);

/** The import's year as an SQL literal (an integer checked by the preview). */
export function yearSql(ctx: KindContext): string {
  if (!Number.isInteger(ctx.year)) throw new Error(`bad year ${ctx.year}`);
  return `${ctx.year}`;
}

/** A check of a row: when `when` holds (SQL over `s` and the judge's joins), the row has this problem. */
export interface Rule {
  field: string;
  code: string;
  /** SQL text expressions. */
  zh: string;
  en: string;
  when: string;
}

const WORD = /^\w+$/;

/** The problems of a row as one jsonb array: each rule that holds, in order. */
export function problemsSql(rules: Rule[]): string {
  if (rules.length === 0) return `'[]'::jsonb`;
  const items = rules.map((r) => {
    if (!WORD.test(r.field) || !WORD.test(r.code)) throw new Error(`bad rule ${r.field}/${r.code}`);
    return `CASE WHEN ${r.when} THEN jsonb_build_object('field', '${r.field}', 'code', '${r.code}', 'zh', ${r.zh}, 'en', ${r.en}) END`;
  });
  return `jsonb_path_query_array(jsonb_build_array(${items.join(',\n')}), '$[*] ? (@ != null)')`;
}

/** { field: [before, after] } of the fields that differ; each comparison gives SQL text expressions. */
export function changesSql(compare: { field: string; current: string; next: string }[]): string {
  return `jsonb_strip_nulls(jsonb_build_object(${compare
    .map(
      (c) =>
        `'${c.field}', CASE WHEN (${c.current}) IS DISTINCT FROM (${c.next}) THEN jsonb_build_array(${c.current}, ${c.next}) END`,
    )
    .join(', ')}))`;
}

/** A staged value (of the row `s`) as SQL text. */
export const v = (field: string) => `(s.data->>'${field}')`;
