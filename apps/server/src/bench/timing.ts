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
}

export const median = (t: Timing) => quantile(t.samples, 0.5);
export const p95 = (t: Timing) => quantile(t.samples, 0.95);

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
  opts: { runs: number; minRuns: number; budgetMs: number },
  onDone: (t: Timing) => void,
): Promise<Timing[]> {
  const out: Timing[] = [];
  for (const query of queries) {
    const t: Timing = { viewer, query, samples: [], errors: [], answer: '' };
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
      }
      return ms;
    };
    const warm = await once();
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
    }
    out.push(t);
    onDone(t);
  }
  return out;
}

export function timingRow(t: Timing): string[] {
  return [
    t.query.name,
    String(t.samples.length),
    fmtMs(median(t)),
    fmtMs(p95(t)),
    t.errors.length ? `ERRORS: ${[...new Set(t.errors)].join(', ')} ×${t.errors.length}` : t.answer,
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
