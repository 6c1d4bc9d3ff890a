import os from 'node:os';
import pg from 'pg';
import { gql, login, startServerProcess, type ServerProcess } from '../testing/harness.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { BUSINESS_TIME_ZONE } from '../rules/calendar.js';
import { describePlan, explain, recordingDataSource, viewerOf, type PlanSummary } from './explain.js';
import { fmtInt, fmtMs, printTable } from './format.js';
import { cpuSecondsOf, describeLoad, memoryOf, runLoad, type LoadResult } from './load.js';
import { biMix, timedQueries } from './queries.js';
import type { BenchUser } from './scale-data.js';
import {
  median,
  middleCursor,
  p95,
  timeQueries,
  TIMING_ALIGN,
  TIMING_HEADER,
  timingRow,
  type Timing,
} from './timing.js';

export type Say = (line: string) => void;

export interface BenchConfig {
  projects: number;
  seconds: number;
  clients: number;
  runs: number;
  queryBudgetMs: number;
  explainTop: number;
  explainTimeoutMs: number;
  indicators: number;
  biScopes: ('county' | 'province')[];
  indexExperiments: boolean;
  maxRequests: number;
  requestTimeoutMs: number;
  /** Only the timed queries whose names contain one of these (BENCH_ONLY); empty: all. */
  only: string[];
}

export const YEAR = 2023;

/**
 * The server as the bench runs it: rate limits out of the way (the load is the point), everything else default.
 * `countStatements`: each answer carries how many statements the server ran for it (extensions.sqlStatements),
 * for the timing tables; that turns on an AsyncLocalStorage, whose promise hooks cost CPU on every promise, so the
 * servers under load (whose req/s and CPU are the figures) run without it, as in production.
 */
export function startBenchServer(
  databaseUrl: string,
  cleanups: (() => Promise<unknown>)[],
  /** `secret`: the same session secret as another server's, so one login serves both. */
  opts: { countStatements?: boolean; secret?: string } = {},
): Promise<ServerProcess> {
  return startServerProcess({
    databaseUrl,
    env: {
      JIXIAO_RATE_LIMIT: '1000000',
      JIXIAO_RATE_LIMIT_BI: '1000000',
      ...(opts.countStatements === false ? {} : { JIXIAO_DEBUG_SQL_COUNT: 'true' }),
      ...(opts.secret ? { JIXIAO_SECRET: opts.secret } : {}),
    },
  }).then((server) => {
    cleanups.push(() => server.stop());
    return server;
  });
}

export interface ViewerTimings {
  label: string;
  user: BenchUser;
  viewer: Viewer;
  timings: Timing[];
}

/**
 * Every timed query as each of the four viewers, printed as a table per viewer. Timed on `server`, which runs as
 * in production; the statements of each query counted by one more request to `counting` (same database and
 * session secret, JIXIAO_DEBUG_SQL_COUNT: its AsyncLocalStorage would weigh on the times).
 */
export async function timingPhase(
  say: Say,
  server: ServerProcess,
  counting: ServerProcess,
  databaseUrl: string,
  users: Record<string, BenchUser>,
  password: string,
  cfg: BenchConfig,
): Promise<ViewerTimings[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // The replayed SQL runs in a session like the server's: the county's dates, the same statement timeout, no JIT.
  await client.query(`SET timezone = '${BUSINESS_TIME_ZONE}'`);
  await client.query(`SET jit = off`);
  await client.query(`SET statement_timeout = 15000`);
  const out: ViewerTimings[] = [];
  try {
    for (const [label, user] of Object.entries(users)) {
      const token = await login(server.graphqlUrl, user.username, password);
      const viewer = await viewerOf(client, user.username);
      const middle = await middleCursor(client, viewer, server.graphqlUrl, token);
      const checkpoints = await gql(
        server.graphqlUrl,
        `query($y: Int!) { checkpoints(year: $y) { id month scope } }`,
        {
          y: YEAR,
        },
        token,
      );
      const august =
        (checkpoints.data?.checkpoints as { id: string; month: number; scope: string }[] | undefined)?.find(
          (c) => c.month === 8 && c.scope === 'PROJECT',
        )?.id ?? null;
      say('');
      say(
        `  ${label}: ${user.username} (${user.role}), ${user.scope}: ${fmtInt(user.projects)} projects` +
          `${middle ? `; deep page after row ${fmtInt(middle.offset)}` : '; deep page skipped (cursor shape not recognised)'}`,
      );
      const rows: string[][] = [];
      const timings = await timeQueries(
        server.graphqlUrl,
        label,
        token,
        timedQueries(YEAR, middle?.cursor ?? null, august).filter(
          (q) => cfg.only.length === 0 || cfg.only.some((name) => q.name.includes(name)),
        ),
        { runs: cfg.runs, minRuns: 3, budgetMs: cfg.queryBudgetMs, countUrl: counting.graphqlUrl },
        (t) => rows.push(timingRow(t)),
        // The SQL side: the statements the server's own code issues for the query (recorded), run in turn.
        async (query) => {
          const { db, statements } = recordingDataSource(client);
          await query.sql(viewer, db);
          if (statements.length === 0) return null;
          return {
            statements: statements.length,
            run: async () => {
              for (const st of statements) await client.query(st.sql, st.params);
            },
          };
        },
      );
      printTable(say, TIMING_HEADER, rows, [...TIMING_ALIGN]);
      out.push({ label, user, viewer, timings });
    }
  } finally {
    await client.end();
  }
  return out;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the SQL behind the slowest timed queries. */
export async function explainPhase(
  say: Say,
  databaseUrl: string,
  all: ViewerTimings[],
  top: number,
  timeoutMs: number,
): Promise<Map<string, PlanSummary[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const plans = new Map<string, PlanSummary[]>();
  try {
    const ranked = all
      .flatMap((v) => v.timings.map((t) => ({ v, t })))
      .filter(({ t }) => t.samples.length > 0 && !t.query.page)
      .sort((a, b) => median(b.t) - median(a.t))
      .slice(0, top);
    for (const { v, t } of ranked) {
      const { db, statements } = recordingDataSource(client);
      await t.query.sql(v.viewer, db);
      say('');
      say(
        `  ${t.query.name} as ${v.label} (HTTP median ${fmtMs(median(t))}, p95 ${fmtMs(p95(t))}): ${statements.length} statement(s)`,
      );
      const summaries: PlanSummary[] = [];
      for (const [i, s] of statements.entries()) {
        const plan = await explain(client, s.sql, s.params, timeoutMs);
        summaries.push(plan);
        if (statements.length > 1) say(`    statement ${i + 1}:`);
        describePlan(plan, say);
      }
      plans.set(`${v.label}|${t.query.name}`, summaries);
    }
  } finally {
    await client.end();
  }
  return plans;
}

/** One BI load run, with the server's memory at its end. */
export async function loadPhase(
  say: Say,
  title: string,
  server: ServerProcess,
  token: string,
  cfg: BenchConfig,
): Promise<{ result: LoadResult; memory: ReturnType<typeof memoryOf> }> {
  say('');
  say(`  ${title}: ${cfg.clients} clients × ${cfg.seconds} s, mix of ${biMix(YEAR).length} BI operations`);
  const before = memoryOf(server.pid);
  const serverCpu = cpuSecondsOf(server.pid);
  const ownCpu = process.cpuUsage();
  const result = await runLoad({
    graphqlUrl: server.graphqlUrl,
    token,
    clients: cfg.clients,
    seconds: cfg.seconds,
    maxRequests: cfg.maxRequests,
    requestTimeoutMs: cfg.requestTimeoutMs,
    mix: biMix(YEAR),
  });
  const after = memoryOf(server.pid);
  const serverCpuAfter = cpuSecondsOf(server.pid);
  const own = process.cpuUsage(ownCpu);
  if (before) say(`    server RSS before   ${(before.rssKb / 1024).toFixed(0)} MB`);
  describeLoad(result, say, after);
  const seconds = result.elapsedMs / 1000;
  const cores = (cpu: number) => `${cpu.toFixed(1)} CPU s (${(cpu / seconds).toFixed(2)} cores)`;
  say(
    `    CPU during the load server (Node) ${serverCpu !== null && serverCpuAfter !== null ? cores(serverCpuAfter - serverCpu) : 'unknown'}, ` +
      `load generator ${cores((own.user + own.system) / 1e6)}, of ${os.cpus().length} cores (the rest: PostgreSQL and whatever else runs)`,
  );
  return { result, memory: after };
}
