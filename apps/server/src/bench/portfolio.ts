// The business section's portfolio page (its units → their projects of the year, 20 a unit → the latest
// monitoring figures) through the API, and the same rows by one hand-written SQL statement, side by side in
// one interleaved run on the same database: req/s at `connections` concurrent clients, p50/p95/p99,
// statements per request, CPU ms per request and the server's peak memory. Checked equal first.
//
// `npm run bench:portfolio -w @jixiao/server` runs it alone on the province of `npm run bench:generate`
// (DATABASE_URL's server, BENCH_DATABASE=jixiao_bench). Env: BENCH_PORTFOLIO_SECONDS (30 in all),
// BENCH_PORTFOLIO_CONNECTIONS (10), BENCH_PORTFOLIO_ROUNDS (6), BENCH_PORTFOLIO_JSON (a file for the numbers),
// BENCH_SERVER_MAIN (another build's dist/main.js, e.g. the one before, with BENCH_PORTFOLIO_LEGACY=1: the
// old shape of the query, whole lists and every report, as that build's schema had them).
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { toGlobalId } from '../graphql/global-id.js';
import { gql, login, startServerProcess, type ServerProcess } from '../testing/harness.js';
import { fmtInt, fmtMb, fmtMs, heading, printTable, quantile } from './format.js';
import { cpuSecondsOf, memoryOf } from './load.js';
import { BENCH_YEAR, readStoredProvince } from './generate.js';

type Say = (line: string) => void;

export const PORTFOLIO_QUERY = `query Portfolio($section: ID!, $year: Int!) {
  node(id: $section) { ... on Section { id name
    units(first: 50) { edges { node { id code name
      projects(year: $year, first: 20) { pageInfo { hasNextPage endCursor }
        edges { node { id code name budget fundFamily latestReport { executed executionRate status } } } } } } } } } }`;

const LEGACY_QUERY = `query Portfolio($section: ID!, $year: Int!) {
  node(id: $section) { ... on Section { id name
    units { id code name
      projects(year: $year) { id code name budget fundFamily monitoringReports { executed executionRate status } } } } } }`;

/**
 * The same rows by hand: the section's visible units by code, 20 projects each by code, the latest report (the
 * one `project_latest` points to, as the API reads it).
 */
export const PORTFOLIO_SQL = `
SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, x.*, lr.*
  FROM (SELECT id, code, name FROM unit WHERE supervising_section_id = $1 AND NOT classified ORDER BY code, id LIMIT 50) u
 CROSS JOIN LATERAL (
   SELECT p.id, p.code, p.name, p.budget::text AS budget, p.fund_family
     FROM project p WHERE p.unit_id = u.id AND p.year = $2 ORDER BY p.code, p.id LIMIT 20) x
  LEFT JOIN project_latest pl ON pl.project_id = x.id
  LEFT JOIN LATERAL (SELECT r.executed::text AS executed, CASE WHEN r.budget > 0 THEN (r.executed / r.budget)::float8 END AS rate, r.status
                       FROM monitoring_report r WHERE r.id = pl.latest_report_id) lr ON true
 ORDER BY u.code, u.id, x.code, x.id`;

interface Side {
  name: string;
  latencies: number[];
  requests: number;
  errors: number;
  ms: number;
  serverCpuS: number;
  machineCpuS: number;
  statements: number | null;
}

/** Busy CPU seconds of the whole machine so far (every process: server, PostgreSQL, this client). */
function machineCpuSeconds(): number {
  // user nice system idle iowait irq softirq steal: all but idle and iowait, in clock ticks of 1/100 s.
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!) / 100;
}

async function closedLoop(
  connections: number,
  ms: number,
  one: () => Promise<boolean>,
  side: Side,
  pid: number | null,
) {
  const until = performance.now() + ms;
  const cpu0 = pid ? cpuSecondsOf(pid) : null;
  const m0 = machineCpuSeconds();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        const ok = await one().catch(() => false);
        side.latencies.push(performance.now() - t);
        side.requests++;
        if (!ok) side.errors++;
      }
    }),
  );
  side.ms += performance.now() - t0;
  side.machineCpuS += machineCpuSeconds() - m0;
  if (pid && cpu0 !== null) side.serverCpuS += (cpuSecondsOf(pid) ?? cpu0) - cpu0;
}

/** The API's answer as the SQL's rows, to check both fetch the same. */
function flatten(data: any): string[] {
  const out: string[] = [];
  for (const { node: u } of data.node.units.edges)
    for (const { node: p } of u.projects.edges)
      out.push(
        [u.code, p.code, p.name, p.budget, p.fundFamily, p.latestReport?.executed, p.latestReport?.status].join('|'),
      );
  return out;
}

export async function portfolioPhase(
  say: Say,
  databaseUrl: string,
  section: { username: string; password: string },
  opts: { seconds: number; connections: number; rounds: number; main?: string; legacy?: boolean },
) {
  // Sessions like the server's (no JIT), so the hand-written SQL is timed as the server would run it.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: opts.connections, options: '-c jit=off' });
  // The page's statements are counted by a server of their own (counting turns on an AsyncLocalStorage, a cost
  // on every promise); the server timed runs as in production.
  const limits = { JIXIAO_RATE_LIMIT: '1000000', JIXIAO_RATE_LIMIT_BI: '1000000' };
  const counting: ServerProcess = await startServerProcess({
    databaseUrl,
    main: opts.main,
    env: { ...limits, JIXIAO_DEBUG_SQL_COUNT: 'true' },
  });
  let server: ServerProcess = counting;
  try {
    const [{ section_id: sectionId }] = (
      await pool.query(`SELECT section_id FROM app_user WHERE username = $1`, [section.username])
    ).rows;
    const vars = { section: toGlobalId('Section', sectionId), year: BENCH_YEAR };
    const query = opts.legacy ? LEGACY_QUERY : PORTFOLIO_QUERY;
    const first = await gql(
      counting.graphqlUrl,
      query,
      vars,
      await login(counting.graphqlUrl, section.username, section.password),
    );
    if (first.errors) throw new Error(`portfolio query failed: ${JSON.stringify(first.errors)}`);
    await counting.stop();
    server = await startServerProcess({ databaseUrl, main: opts.main, env: limits });
    // (Each server process signs sessions with a secret of its own.)
    const token = await login(server.graphqlUrl, section.username, section.password);
    const sqlRows = (await pool.query(PORTFOLIO_SQL, [sectionId, BENCH_YEAR])).rows;
    const units = (first.data as any).node.units;
    const unitCount = opts.legacy ? units.length : units.edges.length;
    if (!opts.legacy) {
      const api = flatten(first.data);
      const sql = sqlRows.map((r) =>
        [r.unit_code, r.code, r.name, r.budget, r.fund_family, r.executed ?? undefined, r.status ?? undefined].join(
          '|',
        ),
      );
      if (JSON.stringify(api) !== JSON.stringify(sql))
        throw new Error(`the API and the SQL disagree: ${api.length} rows against ${sql.length}`);
      say(`  checked equal: ${fmtInt(api.length)} project rows of ${unitCount} units, API and SQL`);
    } else say(`  legacy query (no equality check): ${unitCount} units`);

    const body = JSON.stringify({ query, variables: vars });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const api: Side = {
      name: opts.legacy ? 'API (before: whole lists)' : 'API (connections)',
      latencies: [],
      requests: 0,
      errors: 0,
      ms: 0,
      serverCpuS: 0,
      machineCpuS: 0,
      statements: (first.extensions?.sqlStatements as number | undefined) ?? null,
    };
    const sql: Side = { ...api, name: 'hand-written SQL', latencies: [], statements: 1 };
    const apiOne = async () => {
      const res = await fetch(server.graphqlUrl, { method: 'POST', headers, body });
      const json = (await res.json()) as { errors?: unknown };
      return res.ok && !json.errors;
    };
    const sqlOne = async () => (await pool.query(PORTFOLIO_SQL, [sectionId, BENCH_YEAR])).rowCount! > 0;
    // Warm both, then alternate rounds so the machine's other work weighs on both alike.
    await closedLoop(opts.connections, 1000, apiOne, { ...api, latencies: [] }, null);
    await closedLoop(opts.connections, 1000, sqlOne, { ...sql, latencies: [] }, null);
    const roundMs = (opts.seconds * 1000) / opts.rounds / 2;
    for (let i = 0; i < opts.rounds; i++) {
      await closedLoop(opts.connections, roundMs, apiOne, api, server.pid);
      await closedLoop(opts.connections, roundMs, sqlOne, sql, null);
    }
    const mem = memoryOf(server.pid);
    const rows = [api, sql].map((s) => ({
      side: s.name,
      reqPerS: (s.requests / s.ms) * 1000,
      p50: quantile(s.latencies, 0.5),
      p95: quantile(s.latencies, 0.95),
      p99: quantile(s.latencies, 0.99),
      statements: s.statements,
      serverCpuMsPerReq: s === api ? (s.serverCpuS * 1000) / s.requests : null,
      machineCpuMsPerReq: (s.machineCpuS * 1000) / s.requests,
      peakRssMb: s === api && mem ? mem.peakKb / 1024 : null,
      errors: s.errors,
      requests: s.requests,
    }));
    printTable(
      say,
      [
        'portfolio page',
        'req/s',
        'p50',
        'p95',
        'p99',
        'statements',
        'server CPU/req',
        'machine CPU/req',
        'server peak RSS',
        'errors',
      ],
      rows.map((r) => [
        r.side,
        r.reqPerS.toFixed(1),
        fmtMs(r.p50),
        fmtMs(r.p95),
        fmtMs(r.p99),
        r.statements === null ? '—' : String(r.statements),
        r.serverCpuMsPerReq === null ? '—' : `${r.serverCpuMsPerReq.toFixed(1)} ms`,
        `${r.machineCpuMsPerReq.toFixed(1)} ms`,
        r.peakRssMb === null ? '—' : fmtMb(r.peakRssMb * 1024),
        fmtInt(r.errors),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    );
    say(
      `  API/SQL: p95 ${(rows[0]!.p95 / rows[1]!.p95).toFixed(2)}×, req/s ${(rows[1]!.reqPerS / rows[0]!.reqPerS).toFixed(2)}× fewer; ` +
        `${opts.connections} connections, ${opts.rounds} interleaved rounds of ${fmtMs(roundMs)} each side; load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' / ')}`,
    );
    return { units: unitCount, projectRows: sqlRows.length, connections: opts.connections, rows };
  } finally {
    await server.stop();
    await pool.end();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const say: Say = (line) => console.log(line);
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('bench:portfolio needs DATABASE_URL (the server holding BENCH_DATABASE)');
  const u = new URL(base);
  u.pathname = `/${process.env.BENCH_DATABASE ?? 'jixiao_bench'}`;
  const stored = await readStoredProvince(u.toString());
  if (!stored) throw new Error(`${u.pathname.slice(1)} holds no province: run npm run bench:generate first`);
  heading(
    say,
    `Portfolio page of ${stored.scale.users.section.username} (${stored.scale.users.section.scope}), ${fmtInt(stored.projects)}-project province`,
  );
  const result = await portfolioPhase(
    say,
    u.toString(),
    { username: stored.scale.users.section.username, password: stored.scale.password },
    {
      seconds: Number(process.env.BENCH_PORTFOLIO_SECONDS ?? 30),
      connections: Number(process.env.BENCH_PORTFOLIO_CONNECTIONS ?? 10),
      rounds: Number(process.env.BENCH_PORTFOLIO_ROUNDS ?? 6),
      main: process.env.BENCH_SERVER_MAIN,
      legacy: process.env.BENCH_PORTFOLIO_LEGACY === '1',
    },
  );
  if (process.env.BENCH_PORTFOLIO_JSON)
    writeFileSync(process.env.BENCH_PORTFOLIO_JSON, JSON.stringify(result, null, 2));
  process.exit(0);
}
