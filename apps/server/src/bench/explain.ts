import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { AuthService } from '../modules/auth/auth.service.js';
import { SessionTokens } from '../modules/auth/session-token.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import { fmtInt, fmtMs } from './format.js';

/**
 * A stand-in DataSource that records each statement instead of running it (every query answers one empty row).
 * With `catalog`, a read of the planner's statistics (`pg_stats`) is answered by the database and not recorded:
 * the search reads them once in five minutes (filter/search-bigrams.ts) to choose which SQL to issue.
 */
export function recordingDataSource(catalog?: pg.Client): {
  db: DataSource;
  statements: { sql: string; params: unknown[] }[];
} {
  const statements: { sql: string; params: unknown[] }[] = [];
  const db = {
    query: async (sql: string, params: unknown[] = []) => {
      if (catalog && /\bpg_stats\b/.test(sql)) return (await catalog.query(sql, params)).rows;
      statements.push({ sql, params });
      return [{}];
    },
  } as unknown as DataSource;
  return { db, statements };
}

/** The server's own viewer for a user (AuthService over a login token), read through a plain pg client. */
export async function viewerOf(client: pg.Client, username: string): Promise<Viewer> {
  const { rows } = await client.query(`SELECT id, session_epoch FROM app_user WHERE username = $1`, [username]);
  if (!rows[0]) throw new Error(`bench: no user ${username}`);
  const tokens = new SessionTokens(randomBytes(32).toString('hex'));
  const { token } = await tokens.sign(rows[0].id, rows[0].session_epoch);
  const db = {
    query: async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows,
  } as unknown as DataSource;
  // The audit log is written only for BI tokens and logins, neither of which happens here.
  const viewer = await new AuthService(db, tokens, null as unknown as AuditService).viewerFromAuthorization(
    `Bearer ${token}`,
  );
  if (!viewer) throw new Error(`bench: no viewer for ${username}`);
  return viewer;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Plan Rows'?: number;
  'Actual Loops'?: number;
  'Actual Total Time'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Temp Written Blocks'?: number;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  /** Set when ANALYZE ran out of time and the plan is the planner's estimate. */
  estimatedAfterMs: number | null;
  executionMs: number;
  planningMs: number;
  jitMs: number | null;
  /** One line per scan of a table: its kind, index, rows per loop × loops. */
  scans: string[];
  /** Every index the plan reads (bitmap index scans included). */
  indexes: string[];
  seqScannedBig: string[];
  buffers: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) of one statement — per-node clocks off, so a plan with a million loops
 * is not slowed by its own measurement — boiled down to its times and how each table is read. A statement
 * that runs past `timeoutMs` gets a plain EXPLAIN instead (estimated rows, no times).
 */
export async function explain(
  client: pg.Client,
  sql: string,
  params: unknown[],
  timeoutMs: number,
): Promise<PlanSummary> {
  let doc: any;
  let estimated = false;
  await client.query(`SET statement_timeout = ${Math.trunc(timeoutMs)}`);
  try {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ${sql}`, params);
    doc = (rows[0]['QUERY PLAN'] as any[])[0];
  } catch (err) {
    if ((err as { code?: string }).code !== '57014') throw err;
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    doc = (rows[0]['QUERY PLAN'] as any[])[0];
    estimated = true;
  } finally {
    await client.query(`RESET statement_timeout`);
  }
  const scans: string[] = [];
  const seqScannedBig: string[] = [];
  const indexes = new Set<string>();
  const walk = (n: PlanNode) => {
    if (n['Index Name']) indexes.add(n['Index Name']);
    if (n['Relation Name']) {
      const rowsPerLoop = (estimated ? n['Plan Rows'] : n['Actual Rows']) ?? 0;
      const loops = n['Actual Loops'] ?? 1;
      const kind = n['Node Type'].replace(' Scan', '');
      const via = n['Index Name'] ? ` ${n['Index Name']}` : '';
      scans.push(
        `${n['Relation Name']}: ${kind}${via} (${fmtInt(rowsPerLoop)} rows${loops > 1 ? ` × ${fmtInt(loops)} loops` : ''})`,
      );
      if (n['Node Type'] === 'Seq Scan' && rowsPerLoop * loops >= 50_000) seqScannedBig.push(n['Relation Name']);
    }
    for (const c of n.Plans ?? []) walk(c);
  };
  walk(doc.Plan);
  const top: PlanNode = doc.Plan;
  const hit = top['Shared Hit Blocks'] ?? 0;
  const read = top['Shared Read Blocks'] ?? 0;
  const temp = top['Temp Written Blocks'] ?? 0;
  return {
    estimatedAfterMs: estimated ? timeoutMs : null,
    executionMs: doc['Execution Time'],
    planningMs: doc['Planning Time'],
    jitMs: doc.JIT ? (doc.JIT.Timing?.Total ?? null) : null,
    scans: [...new Set(scans)],
    indexes: [...indexes],
    seqScannedBig: [...new Set(seqScannedBig)],
    buffers: `shared hit ${fmtInt(hit)}, read ${fmtInt(read)} (${fmtInt(((hit + read) * 8) / 1024)} MB)${temp ? `, temp written ${fmtInt((temp * 8) / 1024)} MB` : ''}`,
  };
}

export function describePlan(p: PlanSummary, say: (line: string) => void, indent = '      '): void {
  if (p.estimatedAfterMs !== null) {
    say(
      `${indent}EXPLAIN ANALYZE still running after ${fmtMs(p.estimatedAfterMs)}: the planner's estimated plan (estimated rows)`,
    );
  } else {
    say(
      `${indent}execution ${fmtMs(p.executionMs)}, planning ${fmtMs(p.planningMs)}${p.jitMs !== null ? `, JIT ${fmtMs(p.jitMs)}` : ''}; ${p.buffers}`,
    );
  }
  say(
    `${indent}${p.seqScannedBig.length ? `SEQ SCANS of big tables: ${p.seqScannedBig.join(', ')}` : 'no sequential scan of a big table'}`,
  );
  for (const s of p.scans) say(`${indent}  · ${s}`);
}
