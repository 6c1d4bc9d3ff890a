// npm run import -- <kind> <file> [--year Y] [--user U] [--sheet S] [--map 标题=field]… [--commit]
// For operators: the same preview and commit as the dashboard's 数据导入 page, on the server's database.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config.js';
import { StartupError } from '../../database/embedded-postgres.js';
import { connectAndMigrate } from '../../database/connect.js';
import { openDatabase } from '../../database/open.js';
import { AuditService } from '../audit/index.js';
import { toViewer, VIEWER_SQL, type ViewerRow } from '../auth/index.js';
import type { Viewer } from '../auth/index.js';
import { Workflow } from '../workflow/index.js';
import { IMPORT_KINDS, type ImportKindName } from './import.entity.js';
import { ImportReader } from './import.reader.js';
import { ImportService } from './import.service.js';

const USAGE = `usage: npm run import -- <${IMPORT_KINDS.map((k) => k.toLowerCase()).join('|')}> <file.xlsx|file.csv> [--year 2024] [--user pes] [--sheet 项目] [--map 标题=field] [--commit]`;

class UsageError extends Error {}

async function importer(db: DataSource, username: string | undefined): Promise<Viewer> {
  const rows = (await db.query(
    username ? `${VIEWER_SQL} AND u.username = $1` : `${VIEWER_SQL} AND u.role = 'PERFORMANCE' ORDER BY u.id`,
    username ? [username] : [],
  )) as ViewerRow[];
  if (username && rows.length === 0) throw new UsageError(`no active user "${username}"`);
  if (!username && rows.length !== 1) {
    throw new UsageError(
      `name the importing user with --user (performance or budget section; an administrator for units, users and the indicator library): ${rows.length} candidates`,
    );
  }
  return toViewer(rows[0]!, null, null);
}

const shanghaiYear = () =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      user: { type: 'string' },
      sheet: { type: 'string' },
      map: { type: 'string', multiple: true },
      commit: { type: 'boolean', default: false },
    },
  });
  const [kindArg, fileArg] = positionals;
  // npm runs the workspace's script in apps/server: a relative path is the operator's, from where they typed it.
  const file = fileArg ? resolve(process.env.INIT_CWD ?? process.cwd(), fileArg) : undefined;
  const kind = kindArg?.toUpperCase() as ImportKindName;
  if (!kindArg || !file || !IMPORT_KINDS.includes(kind)) throw new UsageError(USAGE);
  const year = values.year ? Number(values.year) : shanghaiYear();
  if (!Number.isInteger(year)) throw new UsageError(`--year: not a year: ${values.year}`);
  const mapping = (values.map ?? []).map((m) => {
    const at = m.lastIndexOf('=');
    if (at < 1) throw new UsageError(`--map: write heading=field, e.g. --map 一体化项目编号=projectCode`);
    return { heading: m.slice(0, at), field: m.slice(at + 1) };
  });

  const config = loadConfig();
  const say = (line: string) => console.log(line);
  if (statSync(file).size > config.JIXIAO_IMPORT_MAX_BYTES) {
    throw new UsageError(`${file} is larger than JIXIAO_IMPORT_MAX_BYTES (${config.JIXIAO_IMPORT_MAX_BYTES} bytes)`);
  }
  // Beside a running server this joins its embedded PostgreSQL instead of starting (or stopping) one.
  const database = await openDatabase(config, { log: say, reuseRunning: true });
  const db = await connectAndMigrate(database.url, () => {}, {
    statementTimeoutMs: config.JIXIAO_STATEMENT_TIMEOUT_MS,
  }).catch(async (e) => {
    await database.stop();
    throw e;
  });
  try {
    const viewer = await importer(db, values.user);
    const imports = new ImportService(new Workflow(db, new AuditService(db)), {
      maxBytes: config.JIXIAO_IMPORT_MAX_BYTES,
      maxUnzippedBytes: config.JIXIAO_IMPORT_MAX_UNZIPPED_BYTES,
    });
    const reader = new ImportReader(db);
    const act = { viewer, requestId: `cli-${randomUUID()}` };
    const stored = await imports.storeFile(viewer, basename(file), readFileSync(file));
    say(`${kind} ${year}: ${basename(file)} as ${viewer.username} (${viewer.displayName})`);
    const id = await imports.preview(act, { fileId: stored.id, kind, year, mapping, sheet: values.sheet ?? null });
    const done = imports.whenRead(id);
    let finished = false;
    void done.finally(() => (finished = true));
    while (!finished) {
      await Promise.race([done, new Promise((r) => setTimeout(r, 1000))]);
      const p = await reader.one(viewer, id);
      if (p?.status === 'READING')
        say(
          `  read ${p.rowsRead.toLocaleString('en')} / ${p.rowsTotal.toLocaleString('en')} rows (${Math.round(p.progress * 100)}%)`,
        );
    }
    const imp = (await reader.one(viewer, id))!;
    say(
      `Sheet "${imp.sheet}": ${imp.headings.map((h) => `${h.column} ${h.heading} → ${h.field ?? '(ignored)'}`).join(', ')}`,
    );
    if (imp.status === 'NEEDS_MAPPING') {
      say(
        `Required fields without a column: ${imp.missingFields.join(', ')}; headings not recognised: ${imp.unknownHeadings.join(', ')}`,
      );
      say('Map them with --map 标题=field and run again.');
      return 2;
    }
    if (imp.status === 'FAILED') {
      say(`Failed: ${imp.failure}`);
      return 1;
    }
    say(
      `Preview: ${imp.rowsRead} rows — new ${imp.newCount}, changed ${imp.changedCount}, unchanged ${imp.unchangedCount}, errors ${imp.errorCount}, warnings ${imp.warningCount}`,
    );
    const shown = await (await reader.rows(viewer, imp, { status: 'ERROR', first: 20 })).edges;
    for (const { node } of shown) {
      for (const e of node.errors)
        say(`  ${e.sheet}!${e.column ?? '?'}${e.line} ${e.heading ?? e.field}: ${e.messageZh} / ${e.messageEn}`);
    }
    if (imp.errorCount > shown.length) say(`  … and ${imp.errorCount - shown.length} more rows with errors`);
    if (!values.commit) {
      say('Preview only: nothing was written (add --commit to write it).');
      return imp.errorCount > 0 ? 1 : 0;
    }
    if (imp.errorCount > 0) {
      say(`Not committed: ${imp.errorCount} rows have errors. Fix the file and run again.`);
      return 1;
    }
    const committed = await imports.commit(act, id, imp.version);
    say(
      `Committed: ${imp.newCount} new, ${imp.changedCount} changed, ${imp.unchangedCount} unchanged (import ${imp.id}).`,
    );
    // New users' one-time passwords: shown here once (stored only as hashes), to be handed over.
    if (committed.oneTimePasswords.length > 0) {
      say('One-time passwords of the new users (shown once; each must be changed at first login):');
      for (const p of committed.oneTimePasswords) say(`  ${p.username}\t${p.displayName}\t${p.password}`);
    }
    return 0;
  } finally {
    await db.destroy();
    await database.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    const e = err as Error & { extensions?: unknown };
    console.error(
      err instanceof UsageError || err instanceof StartupError
        ? `jixiao import: ${e.message}`
        : `jixiao import: failed: ${e.message}`,
    );
    process.exit(err instanceof UsageError ? 2 : 1);
  });
