import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError, forbidden } from '../../graphql/errors.js';
import type { Viewer } from '../auth/index.js';
import { badInput, checkState, checkVersion, notFound, type Act, type Workflow } from '../workflow/index.js';
import { parseCell, type Problem } from './fields.js';
import { findHeader, mappingOf, type HeaderAnalysis } from './header.js';
import type { ImportKindName } from './import.entity.js';
import { IMPORT_KIND_REGISTRY } from './kinds/index.js';
import type { ImportKind, KindContext, OneTimePassword } from './kinds/kind.js';
import { FileRefused, openWorkbook, pickSheet, type SheetRow, type Workbook } from './read/spreadsheet.js';
import { BATCH_ROWS, diffStaged, stageBatch, type Counts, type StagedRow } from './staging.js';

export interface ImportLimits {
  /** Largest upload, checked while the body streams in. */
  maxBytes: number;
  /** What an .xlsx may inflate to (zip bombs). */
  maxUnzippedBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxUnzippedBytes: 400 * 1024 * 1024 };

/** Who may upload at all: whoever may import some kind. */
export const IMPORTER_ROLES = new Set(Object.values(IMPORT_KIND_REGISTRY).flatMap((k) => k.roles));

export interface PreviewInput {
  fileId: number;
  kind: ImportKindName;
  year: number;
  mapping: { heading: string; field: string }[];
  sheet?: string | null;
}

// The import's own statements work on up to 100,000 staged rows at once: more than the API's usual timeout.
const LONG_STATEMENTS = `SET LOCAL statement_timeout = '300s'`;

/**
 * Imports: an uploaded file is previewed (read in the background into the staging table in batches, then
 * compared with the database in SQL), and committed in one transaction only when no row has an error.
 */
export class ImportService {
  private readonly reading = new Map<number, Promise<void>>();

  constructor(
    private readonly wf: Workflow,
    readonly limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  ) {}

  private get db(): DataSource {
    return this.wf.db;
  }

  async storeFile(viewer: Viewer, name: string, content: Buffer): Promise<{ id: number; sha256: string }> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const [row] = await this.db.query(
      `INSERT INTO import_file (region_id, user_id, name, size, sha256, content) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [viewer.regionId, viewer.userId, name, content.length, sha256, content],
    );
    return { id: row.id, sha256 };
  }

  kindFor(viewer: Viewer, name: ImportKindName): ImportKind {
    const kind = IMPORT_KIND_REGISTRY[name];
    // Units, users and the indicator library: only an administrator of the region (scope.ts `administeredRegions`).
    if (!kind.roles.includes(viewer.role) || viewer.tokenId !== null) throw forbidden();
    return kind;
  }

  /** Checks the file and its header now; reads the rows in the background (poll `import(id)` for progress). */
  async preview(act: Act, input: PreviewInput): Promise<number> {
    const viewer = act.viewer;
    const kind = this.kindFor(viewer, input.kind);
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
      throw badInput('year', '年度须在 2000–2100 之间', 'must be between 2000 and 2100');
    }
    const fieldNames = new Set(kind.fields.map((f) => f.field));
    input.mapping.forEach((m, i) => {
      if (m.field !== '' && !fieldNames.has(m.field)) {
        throw badInput(
          `mapping[${i}].field`,
          `“${m.field}”不是本类导入的字段（${[...fieldNames].join('、')}）`,
          `"${m.field}" is not a field of this import (${[...fieldNames].join(', ')})`,
        );
      }
    });
    const [file] = await this.db.query(`SELECT id, name, content FROM import_file WHERE id = $1 AND user_id = $2`, [
      input.fileId,
      viewer.userId,
    ]);
    if (!file) throw notFound('文件');
    const wb = await this.open(file.content, file.name);
    const sheet = pickSheet(wb, kind.sheetNames, input.sheet ?? null);
    if (!sheet) {
      const names = wb.sheets.map((s) => s.name);
      throw badInput(
        'sheet',
        `没有名为“${input.sheet}”的工作表（有：${names.join('、')}）`,
        `no sheet is named "${input.sheet}" (there are: ${names.join(', ')})`,
      );
    }
    const mapping = mappingOf(input.mapping);
    // One pass over the sheet: the leading rows give the header now, the background reading goes on from there.
    const rows = wb.rows(sheet.name);
    const head: SheetRow[] = [];
    while (head.length < 10) {
      const next = await rows.next();
      if (next.done) break;
      head.push(next.value);
    }
    const header = findHeader(head, kind.fields, mapping);
    if (!header || header.headings.every((h) => !h.field)) {
      void stop(rows);
      const which = { asked: '所选工作表', named: '按名称找到的工作表', first: '第一个工作表' }[sheet.why];
      const whichEn = { asked: 'the chosen sheet', named: 'the sheet found by name', first: 'the first sheet' }[
        sheet.why
      ];
      const required = kind.fields.filter((f) => f.required);
      throw badInput(
        'sheet',
        `工作表“${sheet.name}”（${which}；未找到名为 ${kind.sheetNames.slice(0, 3).join('/')} 的工作表）中没有可识别的列标题，需要：${required.map((f) => f.zh).join('、')}`,
        `the sheet "${sheet.name}" (${whichEn}; none is named ${kind.sheetNames.slice(0, 3).join('/')}) has no heading this import knows; it needs: ${required.map((f) => f.en).join(', ')}`,
      );
    }
    const status = header.missing.length > 0 ? 'NEEDS_MAPPING' : 'READING';
    const [row] = await this.db.query(
      `INSERT INTO data_import (region_id, file_id, file_name, kind, year, status, sheet, mapping, headings, missing_fields,
                                rows_total, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        viewer.regionId,
        file.id,
        file.name,
        kind.name,
        input.year,
        status,
        sheet.name,
        JSON.stringify(Object.fromEntries(input.mapping.map((m) => [m.heading, m.field]))),
        JSON.stringify(header.headings.map(({ column, heading, field }) => ({ column, heading, field }))),
        JSON.stringify(header.missing),
        Math.max(0, sheet.rowCount - header.line),
        viewer.userId,
      ],
    );
    const id = row.id as number;
    if (status === 'READING') {
      const ctx: KindContext = { importId: id, year: input.year, viewer };
      const job = this.read(kind, withHead(head, rows), header, ctx).finally(() => this.reading.delete(id));
      this.reading.set(id, job);
    } else {
      void stop(rows);
    }
    return id;
  }

  /** Resolves when a preview started by this process has been read and compared (the command waits on it). */
  whenRead(id: number): Promise<void> {
    return this.reading.get(id) ?? Promise.resolve();
  }

  /** Every reading in progress (shutdown waits for them). */
  allReading(): Promise<unknown> {
    return Promise.allSettled([...this.reading.values()]);
  }

  private async open(content: Buffer, name: string): Promise<Workbook> {
    try {
      return await openWorkbook(content, name, { maxUnzippedBytes: this.limits.maxUnzippedBytes, maxEntries: 10_000 });
    } catch (e) {
      if (e instanceof FileRefused) {
        throw new AppError('BAD_USER_INPUT', `fileId：${e.zh}`, `fileId: ${e.en}`, { field: 'fileId', reason: e.code });
      }
      throw e;
    }
  }

  private async read(kind: ImportKind, rows: AsyncIterable<SheetRow>, header: HeaderAnalysis, ctx: KindContext) {
    const specs = new Map(kind.fields.map((f) => [f.field, f]));
    const columns = header.headings.filter((h) => h.field).map((h) => ({ index: h.index, spec: specs.get(h.field!)! }));
    let batch: StagedRow[] = [];
    let read = 0;
    const flush = async () => {
      await stageBatch(this.db.manager, ctx.importId, batch);
      read += batch.length;
      batch = [];
      await this.db.query(
        `UPDATE data_import SET rows_read = $2, rows_total = GREATEST(rows_total, $2), updated_at = now() WHERE id = $1`,
        [ctx.importId, read],
      );
    };
    try {
      for await (const row of rows) {
        if (row.line <= header.line || row.cells.every((c) => c.kind === 'empty')) continue;
        const data: Record<string, string | null> = {};
        const problems: (Problem & { field: string })[] = [];
        for (const { index, spec } of columns) {
          const parsed = parseCell(spec, row.cells[index] ?? { kind: 'empty' }, ctx.year);
          data[spec.field] = parsed.ok ? parsed.value : null;
          if (!parsed.ok) problems.push({ field: spec.field, ...parsed.problem });
        }
        batch.push({ line: row.line, key: kind.key(data), data, problems });
        if (batch.length >= BATCH_ROWS) await flush();
      }
      await flush();
      // Fresh rows have no statistics yet: without them the planner joins 100,000 staged rows by nested loops
      // (the comparison took minutes instead of seconds).
      await this.db.query(`ANALYZE data_import_row`);
      const counts = await this.db.transaction(async (m) => {
        await m.query(LONG_STATEMENTS);
        return diffStaged(m, kind, ctx);
      });
      await this.db.query(
        `UPDATE data_import SET status = 'PREVIEWED', rows_total = rows_read, updated_at = now(), version = version + 1,
                new_count = $2, changed_count = $3, unchanged_count = $4, error_count = $5, warning_count = $6
          WHERE id = $1`,
        [ctx.importId, ...countValues(counts)],
      );
    } catch (e) {
      const reason =
        e instanceof FileRefused
          ? e.message
          : `读取文件失败：${(e as Error).message} / Reading the file failed: ${(e as Error).message}`;
      await this.db
        .query(
          `UPDATE data_import SET status = 'FAILED', failure = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
          [ctx.importId, reason.slice(0, 2000)],
        )
        .catch(() => {});
    }
  }

  /** Writes every row in one transaction, or none: refused while any row has an error. */
  async commit(act: Act, id: number, version: number): Promise<{ id: number; oneTimePasswords: OneTimePassword[] }> {
    return this.wf.run(async (m) => {
      await m.query(LONG_STATEMENTS);
      const imp = await this.wf.lock<{
        id: number;
        region_id: number;
        kind: ImportKindName;
        year: number;
        status: string;
        error_count: number;
        file_name: string;
        version: number;
      }>(
        m,
        '导入',
        id,
        () => `SELECT i.* FROM data_import i WHERE i.id = $1 AND i.created_by = ${act.viewer.userId}`,
        'i',
      );
      checkVersion('导入', imp.version, version);
      checkState('导入', imp.status, ['PREVIEWED'], '提交导入');
      if (imp.error_count > 0) {
        throw new AppError(
          'BAD_USER_INPUT',
          `仍有 ${imp.error_count} 行错误，不能提交；请修正文件后重新上传预览`,
          `${imp.error_count} rows still have errors: fix the file and preview it again`,
          { field: 'id', errorCount: imp.error_count },
        );
      }
      const kind = this.kindFor(act.viewer, imp.kind);
      // One commit per county at a time: the comparison below must still hold when the rows are written.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('jixiao-import'), $1)`, [imp.region_id]);
      const ctx: KindContext = { importId: imp.id, year: imp.year, viewer: act.viewer, handover: [] };
      const counts = await diffStaged(m, kind, ctx);
      if (counts.errorCount > 0) {
        throw new AppError(
          'BAD_USER_INPUT',
          `数据在预览之后已有变化，现有 ${counts.errorCount} 行错误；请重新预览`,
          `the data changed since the preview and ${counts.errorCount} rows now have errors: preview again`,
          { field: 'id', errorCount: counts.errorCount },
        );
      }
      const figures = await kind.apply(m, ctx);
      await m.query(
        `UPDATE data_import SET status = 'COMMITTED', committed_at = now(), updated_at = now(), version = version + 1,
                new_count = $2, changed_count = $3, unchanged_count = $4, error_count = $5, warning_count = $6
          WHERE id = $1`,
        [imp.id, ...countValues(counts)],
      );
      const [file] = await m.query(
        `SELECT f.sha256 FROM import_file f JOIN data_import i ON i.file_id = f.id WHERE i.id = $1`,
        [imp.id],
      );
      // One audit entry per import (a 100,000-row file is one act); each row's before → after stays in its staged row.
      await this.wf.record(
        m,
        act,
        'IMPORT',
        'DataImport',
        imp.id,
        { status: imp.status },
        {
          status: 'COMMITTED',
          kind: imp.kind,
          year: imp.year,
          fileName: imp.file_name,
          sha256: file.sha256,
          ...counts,
          ...figures,
        },
      );
      return { id: imp.id, oneTimePasswords: ctx.handover! };
    });
  }
}

const countValues = (c: Counts) => [c.newCount, c.changedCount, c.unchangedCount, c.errorCount, c.warningCount];

async function* withHead(head: SheetRow[], rest: AsyncGenerator<SheetRow>): AsyncGenerator<SheetRow> {
  yield* head;
  yield* rest;
}

/** Stops a sheet's reading early: the reader's `finally` closes the zip and its part streams. */
async function stop(rows: AsyncGenerator<SheetRow>): Promise<void> {
  try {
    await rows.return(undefined);
  } catch {
    /* nothing was being kept */
  }
}
