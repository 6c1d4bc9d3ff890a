import type { DataSource } from 'typeorm';
import { paginate } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { regionRows, sqlParams, unitRows, type SqlParams } from '../auth/index.js';
import type { Viewer } from '../auth/index.js';
import type { ImportKindName, ImportRowStatus } from './import.entity.js';
import type { DataImportNode, ImportKindInfo, ImportProblem, ImportRow } from './import.types.js';
import { IMPORT_KIND_REGISTRY } from './kinds/index.js';

interface ImportRecord {
  id: number;
  kind: ImportKindName;
  year: number;
  file_name: string;
  file_id: number;
  sheet: string;
  status: string;
  failure: string | null;
  rows_read: number;
  rows_total: number;
  new_count: number;
  changed_count: number;
  unchanged_count: number;
  error_count: number;
  warning_count: number;
  headings: { column: string; heading: string; field: string | null }[];
  missing_fields: string[];
  created_by: string;
  created_at: Date;
  committed_at: Date | null;
  version: number;
}

// A reading not heard of for this long was interrupted (the server stopped): it shows as failed.
const SELECT = `i.id, i.kind, i.year, i.file_name, i.file_id, i.sheet,
  CASE WHEN i.status = 'READING' AND i.updated_at < now() - interval '10 minutes' THEN 'FAILED' ELSE i.status END AS status,
  CASE WHEN i.status = 'READING' AND i.updated_at < now() - interval '10 minutes'
       THEN '读取中断（服务器已停止），请重新预览 / Reading was interrupted (the server stopped): preview again' ELSE i.failure END AS failure,
  i.rows_read, i.rows_total, i.new_count, i.changed_count, i.unchanged_count, i.error_count, i.warning_count,
  i.headings, i.missing_fields, us.display_name AS created_by, i.created_at, i.committed_at, i.version`;

function toNode(r: ImportRecord): DataImportNode {
  return {
    __typename: 'DataImport',
    id: toGlobalId('DataImport', r.id),
    dbId: r.id,
    kind: r.kind,
    year: r.year,
    fileName: r.file_name,
    fileId: toGlobalId('ImportFile', r.file_id),
    sheet: r.sheet,
    status: r.status,
    failure: r.failure,
    rowsRead: r.rows_read,
    rowsTotal: r.rows_total,
    progress: r.status === 'READING' ? (r.rows_total > 0 ? Math.min(1, r.rows_read / r.rows_total) : 0) : 1,
    newCount: r.new_count,
    changedCount: r.changed_count,
    unchangedCount: r.unchanged_count,
    errorCount: r.error_count,
    warningCount: r.warning_count,
    headings: r.headings,
    unknownHeadings: r.headings.filter((h) => !h.field).map((h) => h.heading),
    missingFields: r.missing_fields,
    createdBy: r.created_by,
    createdAt: r.created_at,
    committedAt: r.committed_at,
    version: r.version,
  } as DataImportNode;
}

/** The kinds a viewer's role may import: a section its figures, an administrator its organisation and library. */
// The leadership reads the sections' history (projects and execution), importing nothing itself.
const kindsOf = (viewer: Viewer) =>
  Object.values(IMPORT_KIND_REGISTRY).filter((k) =>
    k.roles.includes(viewer.role === 'LEADERSHIP' ? 'PERFORMANCE' : viewer.role),
  );

/** The imports of the kinds the viewer's role may import (a user import is not the budget section's to read). */
function kindRows(viewer: Viewer, p: SqlParams): string {
  return `i.kind = ANY(${p.push(kindsOf(viewer).map((k) => k.name))}::text[])`;
}

/** The import history and each import's rows, within the viewer's region (rows: within the viewer's units). */
export class ImportReader {
  constructor(private readonly db: DataSource) {}

  /** The kinds the viewer may import (and see the history of). */
  kinds(viewer: Viewer): ImportKindInfo[] {
    return kindsOf(viewer).map((k) => ({
      kind: k.name,
      labelZh: k.zh,
      labelEn: k.en,
      sheetNames: k.sheetNames,
      fields: k.fields.map((f) => ({
        field: f.field,
        labelZh: f.zh,
        labelEn: f.en,
        required: f.required,
        type: f.type,
        headings: f.headings,
      })),
    }));
  }

  async one(viewer: Viewer, id: number): Promise<DataImportNode | null> {
    const p = sqlParams([id]);
    const [row] = await this.db.query(
      `SELECT ${SELECT} FROM data_import i JOIN app_user us ON us.id = i.created_by
        WHERE i.id = $1 AND ${regionRows(viewer, p, 'i.region_id')} AND ${kindRows(viewer, p)}`,
      p.values,
    );
    return row ? toNode(row) : null;
  }

  list(viewer: Viewer, opts: { kind?: ImportKindName | null; first: number; after?: string | null }) {
    const p = sqlParams();
    const kind = opts.kind ? ` AND i.kind = ${p.push(opts.kind)}` : '';
    return paginate<ImportRecord, DataImportNode>({
      db: this.db,
      select: SELECT,
      from: `FROM data_import i JOIN app_user us ON us.id = i.created_by WHERE ${regionRows(viewer, p, 'i.region_id')} AND ${kindRows(viewer, p)}${kind}`,
      params: p.values,
      idExpr: 'i.id',
      order: { expr: 'i.id', type: 'int', direction: 'DESC' },
      first: opts.first,
      after: opts.after,
      map: toNode,
    });
  }

  rows(
    viewer: Viewer,
    imp: DataImportNode,
    opts: { status?: ImportRowStatus | null; withWarnings?: boolean | null; first: number; after?: string | null },
  ) {
    const p = sqlParams([imp.dbId]);
    const where = [`r.import_id = $1`];
    if (opts.status) where.push(`r.status = ${p.push(opts.status)}`);
    if (opts.withWarnings) where.push(`r.warnings <> '[]'::jsonb`);
    // A row of a unit the viewer may not see row by row (a classified unit, for the budget section) stays hidden.
    where.push(
      `(r.unit_id IS NULL OR EXISTS (SELECT 1 FROM unit u WHERE u.id = r.unit_id AND ${unitRows(viewer, p, 'u')}))`,
    );
    const columns = new Map(imp.headings.filter((h) => h.field).map((h) => [h.field!, h]));
    const problems = (line: number, list: { field: string; code: string; zh: string; en: string }[]): ImportProblem[] =>
      list.map((e) => ({
        sheet: imp.sheet,
        line,
        column: columns.get(e.field)?.column ?? null,
        heading: columns.get(e.field)?.heading ?? null,
        field: e.field,
        code: e.code,
        messageZh: e.zh,
        messageEn: e.en,
      }));
    return paginate<any, ImportRow>({
      db: this.db,
      select: 'r.line, r.key, r.status, r.data, r.changes, r.errors, r.warnings',
      from: `FROM data_import_row r WHERE ${where.join(' AND ')}`,
      params: p.values,
      idExpr: 'r.line',
      order: { expr: 'r.line', type: 'int', direction: 'ASC' },
      first: opts.first,
      after: opts.after,
      map: (r) => ({
        sheet: imp.sheet,
        line: r.line,
        key: r.key,
        status: r.status ?? 'ERROR',
        values: Object.entries(r.data as Record<string, string | null>).map(([field, value]) => ({ field, value })),
        changes: Object.entries((r.changes ?? {}) as Record<string, [string | null, string | null]>).map(
          ([field, [before, after]]) => ({ field, before, after }),
        ),
        errors: problems(r.line, r.errors),
        warnings: problems(r.line, r.warnings),
      }),
    });
  }
}
