import type pg from 'pg';
import { projectRows, sqlParams } from '../modules/auth/scope.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { gql } from '../testing/harness.js';
import { fmtInt, fmtMs, quantile } from './format.js';
import { PROJECTS, type BenchQuery } from './queries.js';

export interface Timing {
  viewer: string;
  query: BenchQuery;
  samples: number[];
  /** Error codes of failed runs. */
  errors: string[];
  /** A few words about the answer (rows, counts), to see that it answered something. */
  answer: string;
  /** The same operation's SQL alone: the server's own statements, replayed over one connection (ms per run). */
  sqlSamples: number[];
  /** SQL statements the server ran for one request (its debug count), and how many the replay runs. */
  statements: number | null;
  sqlStatements: number | null;
  /** Why the SQL side could not be timed. */
  sqlError: string | null;
}

export const median = (t: Timing) => quantile(t.samples, 0.5);
export const p95 = (t: Timing) => quantile(t.samples, 0.95);
export const p99 = (t: Timing) => quantile(t.samples, 0.99);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The numbers of one timed query, as the table and the JSON give them. */
export function timingFigures(t: Timing) {
  const sql = t.sqlSamples.length > 0;
  return {
    query: t.query.name,
    runs: t.samples.length,
    reqPerS: t.samples.length ? 1000 / mean(t.samples) : null,
    p50: t.samples.length ? median(t) : null,
    p95: t.samples.length ? p95(t) : null,
    p99: t.samples.length ? p99(t) : null,
    sqlP50: sql ? quantile(t.sqlSamples, 0.5) : null,
    sqlP95: sql ? quantile(t.sqlSamples, 0.95) : null,
    sqlP99: sql ? quantile(t.sqlSamples, 0.99) : null,
    apiOverSqlP95: sql && t.samples.length ? p95(t) / quantile(t.sqlSamples, 0.95) : null,
    overheadP50Ms: sql && t.samples.length ? median(t) - quantile(t.sqlSamples, 0.5) : null,
    statements: t.statements,
    sqlStatements: t.sqlStatements,
    errors: t.errors,
    sqlError: t.sqlError,
    answer: t.answer,
  };
}

function describe(data: Record<string, any> | undefined): string {
  const value = data ? Object.values(data)[0] : undefined;
  if (Array.isArray(value)) return `${fmtInt(value.length)} rows`;
  if (value && typeof value === 'object') {
    if (typeof value.totalCount === 'number') return `count ${fmtInt(value.totalCount)}`;
    if (Array.isArray(value.edges)) return `${value.edges.length} edges${value.pageInfo?.hasNextPage ? ', more' : ''}`;
    if (typeof value.projectCount === 'number') return `${fmtInt(value.projectCount)} projects`;
    if (typeof value.total === 'number') return `${fmtInt(value.total)} evaluations`;
    if (typeof value.yellow === 'number') return `${fmtInt(value.yellow)} yellow, ${fmtInt(value.red)} red open`;
  }
  return '';
}

/**
 * Times each query over HTTP as one client would see it: a first, untimed run (cold caches, plans), then up to
 * `runs` timed runs, fewer (at least `minRuns`, or 2 when one run exceeds the budget) once a query has used its
 * time budget. A query that hits the server's statement timeout is measured by that one run.
 */
export async function timeQueries(
  graphqlUrl: string,
  viewer: string,
  token: string,
  queries: BenchQuery[],
  /** `countUrl`: a server counting statements (JIXIAO_DEBUG_SQL_COUNT), asked once, untimed; else `graphqlUrl`'s. */
  opts: { runs: number; minRuns: number; budgetMs: number; countUrl?: string },
  onDone: (t: Timing) => void,
  /** The query's SQL alone, run once (null when it has none to replay): timed after each API run. */
  replay?: (query: BenchQuery) => Promise<{ run: () => Promise<void>; statements: number } | null>,
): Promise<Timing[]> {
  const out: Timing[] = [];
  for (const query of queries) {
    const t: Timing = {
      viewer,
      query,
      samples: [],
      errors: [],
      answer: '',
      sqlSamples: [],
      statements: null,
      sqlStatements: null,
      sqlError: null,
    };
    const once = async () => {
      const started = performance.now();
      if (query.page) {
        // A page: its operations six at a time (a browser's connections per host over HTTP/1.1).
        const queue = [...query.page];
        const failed: string[] = [];
        const worker = async () => {
          for (let op = queue.shift(); op; op = queue.shift()) {
            const res = await gql(graphqlUrl, op.query, op.variables, token);
            if (res.status !== 200 || res.errors?.length)
              failed.push(`${op.name}: ${String(res.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`)}`);
          }
        };
        await Promise.all(Array.from({ length: 6 }, worker));
        const ms = performance.now() - started;
        if (failed.length) t.errors.push(failed[0]!);
        else t.answer = `${query.page.length} answers`;
        return ms;
      }
      const res = await gql(graphqlUrl, query.query, query.variables, token);
      const ms = performance.now() - started;
      if (res.status !== 200 || res.errors?.length) {
        t.errors.push(String(res.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`));
      } else {
        t.answer = describe(res.data);
        const counted = res.extensions?.sqlStatements;
        if (typeof counted === 'number') t.statements = counted;
      }
      return ms;
    };
    const warm = await once();
    if (opts.countUrl && !query.page) {
      const res = await gql(opts.countUrl, query.query, query.variables, token);
      const counted = res.extensions?.sqlStatements;
      if (typeof counted === 'number') t.statements = counted;
    }
    // The SQL side: built by the server's own code, run once untimed (caches, plans) before the timed runs.
    let sqlRun: (() => Promise<void>) | null = null;
    if (replay && !query.page) {
      try {
        const r = await replay(query);
        if (r) {
          t.sqlStatements = r.statements;
          await r.run();
          sqlRun = r.run;
        }
      } catch (e) {
        t.sqlError = (e as Error).message.split('\n')[0]!.slice(0, 80);
      }
    }
    if (t.errors.includes('TIMEOUT')) {
      // It ran into the server's statement timeout: that run is the measurement, another would say the same.
      t.samples.push(warm);
      out.push(t);
      onDone(t);
      continue;
    }
    // A query that alone eats the budget gets two timed runs: enough to tell.
    const minRuns = warm > opts.budgetMs ? 2 : opts.minRuns;
    let spent = 0;
    for (let i = 0; i < opts.runs; i++) {
      if (i >= minRuns && spent + warm > opts.budgetMs) break;
      const ms = await once();
      t.samples.push(ms);
      spent += ms;
      if (sqlRun) {
        // Interleaved with the API's runs, so that the machine's other work weighs on both alike.
        const started = performance.now();
        try {
          await sqlRun();
          t.sqlSamples.push(performance.now() - started);
        } catch (e) {
          t.sqlError = (e as Error).message.split('\n')[0]!.slice(0, 80);
          sqlRun = null;
        }
      }
    }
    out.push(t);
    onDone(t);
  }
  return out;
}

export const TIMING_HEADER = [
  'query',
  'runs',
  'req/s',
  'p50',
  'p95',
  'p99',
  'SQL p50',
  'SQL p95',
  'API/SQL p95',
  'over SQL p50',
  'statements',
  'answer',
];
export const TIMING_ALIGN = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'] as const;

export function timingRow(t: Timing): string[] {
  const f = timingFigures(t);
  const ms = (x: number | null) => (x === null ? '—' : fmtMs(x));
  return [
    t.query.name,
    String(f.runs),
    f.reqPerS === null ? '—' : f.reqPerS.toFixed(1),
    ms(f.p50),
    ms(f.p95),
    ms(f.p99),
    ms(f.sqlP50),
    ms(f.sqlP95),
    f.apiOverSqlP95 === null ? '—' : `${f.apiOverSqlP95.toFixed(2)}×`,
    f.overheadP50Ms === null ? '—' : `${f.overheadP50Ms >= 0 ? '+' : ''}${f.overheadP50Ms.toFixed(1)} ms`,
    f.statements === null
      ? '—'
      : `${f.statements}${f.sqlStatements !== null && f.sqlStatements !== f.statements ? ` (${f.sqlStatements})` : ''}`,
    t.errors.length
      ? `ERRORS: ${[...new Set(t.errors)].join(', ')} ×${t.errors.length}`
      : t.sqlError
        ? `${t.answer}; SQL: ${t.sqlError}`
        : t.answer,
  ];
}

/**
 * The cursor of the project in the middle of the viewer's rows (default order: code, id), in the shape of the
 * cursors the server hands out — checked against a real one first; null when that shape is not recognised.
 */
export async function middleCursor(
  client: pg.Client,
  viewer: Viewer,
  graphqlUrl: string,
  token: string,
): Promise<{ cursor: string; offset: number } | null> {
  const res = await gql(graphqlUrl, PROJECTS, { first: 1 }, token);
  const real = res.data?.projects?.edges?.[0]?.cursor as string | undefined;
  if (!real) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(real, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const first = res.data!.projects.edges[0].node as { code: string; id: string };
  if (!Array.isArray(decoded) || decoded.length !== 2 || decoded[0] !== first.code || !Number.isInteger(decoded[1]))
    return null;
  const p = sqlParams();
  const from = `FROM project p JOIN unit u ON u.id = p.unit_id WHERE ${projectRows(viewer, p)}`;
  const {
    rows: [{ n }],
  } = await client.query(`SELECT count(*)::int AS n ${from}`, p.values);
  const offset = Math.floor(n / 2);
  const {
    rows: [mid],
  } = await client.query(`SELECT p.code, p.id ${from} ORDER BY p.code, p.id OFFSET ${offset} LIMIT 1`, p.values);
  if (!mid) return null;
  return { cursor: Buffer.from(JSON.stringify([mid.code, mid.id])).toString('base64url'), offset };
}
