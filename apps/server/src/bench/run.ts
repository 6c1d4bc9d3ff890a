// npm run bench — Jixiao at provincial scale: a generated province (1,000,000 projects by default), the
// analytics contract and the projects connection timed over HTTP as four kinds of viewer, EXPLAINs of the
// slowest, a BI load (50 clients × 30 s) on it and on the demo county. Prints numbers; asserts nothing.
//
// Env (defaults): BENCH_PROJECTS (1000000), BENCH_SECONDS (30), BENCH_CLIENTS (50), BENCH_RUNS (10),
// BENCH_INDICATORS (4 per project; 0 skips them), BENCH_BI_SCOPES (county,province), BENCH_EXPLAIN (8 slowest),
// BENCH_EXPLAIN_TIMEOUT_MS (15000), BENCH_INDEX_EXPERIMENTS (1; 0 skips them), BENCH_QUERY_BUDGET_MS (4000),
// BENCH_MAX_REQUESTS (500000), BENCH_REQUEST_TIMEOUT_MS (30000), BENCH_IMPORT_ROWS (10000,100000; 0 skips the imports). With DATABASE_URL the bench uses that server
// instead of an embedded PostgreSQL, creating and dropping its own databases there. BENCH_DATABASE (e.g.
// jixiao_bench, made by `npm run bench:generate`) reuses a province kept on that server instead of generating
// one (and keeps it); BENCH_PORTFOLIO_SECONDS (30, 0 skips the portfolio page), BENCH_JSON (a file for the numbers: the portfolio page, each query's timings as each viewer, the loads),
// BENCH_SERVERS_SECONDS (15, 0 skips one server process against two), BENCH_BULK_ROWS (2000,10000: rows written by
// one statement, each rolled back; 0 skips them), BENCH_ONLY (comma-separated parts of the
// timed queries' names, e.g. "missingReports,todos": only those are timed and explained; default all).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import pg from 'pg';
import { createTemplate, demoBiTokenOf, dropDatabase, startTestCluster } from '../testing/harness.js';
import { fmtInt, fmtMb, fmtMs, heading, printTable, quantile } from './format.js';
import { indexExperiments } from './index-experiments.js';
import { explainPhase, loadPhase, startBenchServer, timingPhase, YEAR, type BenchConfig } from './phases.js';
import { answeredOf, answeredPerSecond } from './load.js';
import { generateProvince, printTableSizes } from './scale-data.js';
import { median, p95, timingFigures } from './timing.js';
import { importPhase } from './import-phase.js';
import { importSizes } from './import-bench.js';
import { readStoredProvince } from './generate.js';
import { portfolioPhase } from './portfolio.js';
import { twoServersPhase } from './two-servers.js';
import { bulkWritesPhase } from './bulk-writes.js';
import { writeFileSync } from 'node:fs';

const say = (line: string) => console.log(line);

function envInt(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min} (got ${raw})`);
  return n;
}

function config(): BenchConfig {
  const scopes = (process.env.BENCH_BI_SCOPES ?? 'county,province')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of scopes)
    if (s !== 'county' && s !== 'province') throw new Error(`BENCH_BI_SCOPES: unknown scope ${s}`);
  return {
    projects: envInt('BENCH_PROJECTS', 1_000_000, 1000),
    seconds: envInt('BENCH_SECONDS', 30),
    clients: envInt('BENCH_CLIENTS', 50),
    runs: envInt('BENCH_RUNS', 10, 3),
    queryBudgetMs: envInt('BENCH_QUERY_BUDGET_MS', 4000),
    explainTop: envInt('BENCH_EXPLAIN', 8, 0),
    explainTimeoutMs: envInt('BENCH_EXPLAIN_TIMEOUT_MS', 15_000),
    indicators: envInt('BENCH_INDICATORS', 4, 0),
    biScopes: scopes as BenchConfig['biScopes'],
    indexExperiments: process.env.BENCH_INDEX_EXPERIMENTS !== '0',
    maxRequests: envInt('BENCH_MAX_REQUESTS', 500_000),
    requestTimeoutMs: envInt('BENCH_REQUEST_TIMEOUT_MS', 30_000),
    only: (process.env.BENCH_ONLY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function dataDirectoryOf(adminUrl: string): Promise<string> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query('SHOW data_directory')).rows[0].data_directory as string;
  } finally {
    await c.end();
  }
}

/** Removes the temporary folder startTestCluster made for an embedded cluster (and nothing else). */
function removeEmbeddedCluster(dataDir: string): void {
  const folder = dirname(dataDir);
  if (dirname(folder) === tmpdir() && /^jixiao-test-\w{6}$/.test(basename(folder)))
    rmSync(folder, { recursive: true, force: true });
}

async function printEnvironment(adminUrl: string, cfg: BenchConfig) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather',
                       'jit', 'random_page_cost', 'max_connections') ORDER BY name`,
    );
    const pgSettings = rows.map((r) => `${r.name}=${r.setting}${r.unit ? ` ${r.unit}` : ''}`).join(', ');
    say(
      `  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM; Node ${process.version}; ` +
        `load average ${loadAverage()} (other work on the machine skews the numbers)`,
    );
    say(`  PostgreSQL (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded, defaults'}): ${pgSettings}`);
    say(
      `  scale: ${fmtInt(cfg.projects)} projects, ${cfg.indicators} indicators each; timing: ≤ ${cfg.runs} runs per query ` +
        `(≥ 3, ${fmtMs(cfg.queryBudgetMs)} budget each, after one untimed run); load: ${cfg.clients} clients × ${cfg.seconds} s, ` +
        `BI scopes ${cfg.biScopes.join(' + ')}`,
    );
    say(
      '  server: the built dist/main.js, NODE_ENV=production, default pool (10) and statement timeout (15 s); rate limits raised to 1,000,000/min;' +
        ' statements counted (JIXIAO_DEBUG_SQL_COUNT) by a server of their own, never the one timed or loaded',
    );
  } finally {
    await c.end();
  }
}

async function main() {
  const cfg = config();
  const started = performance.now();
  const cleanups: (() => Promise<unknown>)[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const fn of cleanups.reverse()) await fn().catch((e) => say(`  cleanup: ${String(e)}`));
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      say(`\n${signal}: cleaning up …`);
      void cleanup().then(() => process.exit(130));
    });
  }

  try {
    heading(say, 'Jixiao bench');
    const cluster = await startTestCluster();
    // The embedded cluster's files (a million projects leave gigabytes of data and WAL) go with it.
    const dataDir = process.env.DATABASE_URL ? null : await dataDirectoryOf(cluster.adminUrl);
    cleanups.push(async () => {
      await cluster.stop();
      if (dataDir) removeEmbeddedCluster(dataDir);
    });
    await printEnvironment(cluster.adminUrl, cfg);

    // The numbers as JSON (BENCH_JSON), written after each part that adds some.
    const json: Record<string, unknown> = {};
    const writeJson = () => {
      if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(json, null, 2));
    };

    // 1. The province.
    heading(say, `1. Scale data: a province of ${fmtInt(cfg.projects)} projects, generated by PostgreSQL`);
    let t = performance.now();
    const kept = process.env.BENCH_DATABASE;
    const stored = kept ? await readStoredProvince(withDatabase(cluster.adminUrl, kept)) : null;
    if (kept && !stored) throw new Error(`${kept} holds no province: run npm run bench:generate first`);
    const scaleDb = kept ?? (await createTemplate(cluster.adminUrl, { demo: false }));
    if (!kept) cleanups.push(() => dropDatabase(cluster.adminUrl, scaleDb));
    const scaleUrl = withDatabase(cluster.adminUrl, scaleDb);
    say(`  ${kept ? 'reusing' : 'migrated'} database ${scaleDb} in ${fmtMs(performance.now() - t)}`);
    t = performance.now();
    const scale = stored
      ? stored.scale
      : await generateProvince(
          scaleUrl,
          {
            projects: cfg.projects,
            prefectures: 14,
            counties: 100,
            unitsPerCounty: 60,
            indicatorsPerProject: cfg.indicators,
            year: YEAR,
          },
          say,
        );
    const generationMs = performance.now() - t;
    say(`  ${stored ? 'read' : 'generated'} in ${fmtMs(generationMs)}`);
    say('');
    await printTableSizes(scaleUrl, say);

    // 1b. The business section's portfolio page, API against its hand-written SQL, interleaved.
    const portfolioSeconds = envInt('BENCH_PORTFOLIO_SECONDS', 30, 0);
    if (portfolioSeconds > 0) {
      heading(
        say,
        `1b. The portfolio page of ${scale.users.section.username} (${scale.users.section.scope}): API vs SQL`,
      );
      const portfolio = await portfolioPhase(
        say,
        scaleUrl,
        { username: scale.users.section.username, password: scale.password },
        { seconds: portfolioSeconds, connections: 10, rounds: 6 },
      );
      json.portfolio = portfolio;
      writeJson();
    }

    // 2. Query timings.
    heading(say, '2. Query timings over HTTP (ms as a client sees them: median and p95)');
    const secret = randomBytes(32).toString('hex');
    const server = await startBenchServer(scaleUrl, cleanups, { countStatements: false, secret });
    const counting = await startBenchServer(scaleUrl, cleanups, { secret });
    const all = await timingPhase(say, server, counting, scaleUrl, scale.users, scale.password, cfg);
    await counting.stop();
    json.queries = all.map((v) => ({
      viewer: v.label,
      username: v.user.username,
      role: v.user.role,
      scope: v.user.scope,
      projects: v.user.projects,
      timings: v.timings.map(timingFigures),
    }));
    writeJson();

    heading(
      say,
      `EXPLAIN (ANALYZE, BUFFERS) of the ${cfg.explainTop} slowest: the server's own SQL, rebuilt by its code with a recording DataSource`,
    );
    await explainPhase(say, scaleUrl, all, cfg.explainTop, cfg.explainTimeoutMs);

    // 3. BI load, on a freshly started server (its memory is the load's).
    heading(say, `3. BI load at scale: ${cfg.clients} concurrent clients × ${cfg.seconds} s, 127.0.0.1`);
    await server.stop();
    const loads: { title: string; run: Awaited<ReturnType<typeof loadPhase>> }[] = [];
    const loadServer = await startBenchServer(scaleUrl, cleanups, { countStatements: false });
    for (const scope of cfg.biScopes) {
      const title =
        scope === 'county'
          ? `BI token of ${scale.users.leader.username} (${scale.countyName}, ${fmtInt(scale.users.leader.projects)} projects)`
          : `BI token of ${scale.users.province.username} (the whole province, ${fmtInt(cfg.projects)} projects)`;
      loads.push({
        title: `scale, ${scope} token`,
        run: await loadPhase(say, title, loadServer, scale.biTokens[scope], cfg),
      });
    }
    await loadServer.stop();

    // Index experiments (a server per experiment; each index dropped again after).
    if (cfg.indexExperiments) {
      heading(say, 'EXPERIMENT: candidate indexes, created by hand in the bench database only (not a migration)');
      await indexExperiments(say, () => startBenchServer(scaleUrl, cleanups), scaleUrl, all, scale.password, cfg);
    }
    if (!kept) await dropDatabase(cluster.adminUrl, scaleDb);

    // The demo county, for comparison.
    heading(say, `3b. BI load on the demo county (321 projects in 2023): ${cfg.clients} clients × ${cfg.seconds} s`);
    t = performance.now();
    const demoDb = await createTemplate(cluster.adminUrl, { demo: true });
    cleanups.push(() => dropDatabase(cluster.adminUrl, demoDb));
    say(`  demo database ${demoDb} in ${fmtMs(performance.now() - t)}`);
    const demoServer = await startBenchServer(withDatabase(cluster.adminUrl, demoDb), cleanups, {
      countStatements: false,
    });
    loads.push({
      title: 'demo, leader token',
      run: await loadPhase(
        say,
        'demo BI token (scope of the county leader)',
        demoServer,
        await demoBiTokenOf(withDatabase(cluster.adminUrl, demoDb)),
        cfg,
      ),
    });
    await demoServer.stop();
    json.loads = loads.map(({ title, run }) => ({
      title,
      requests: run.result.requests,
      reqPerS: (run.result.requests / run.result.elapsedMs) * 1000,
      p50: quantile(run.result.latencies, 0.5),
      p95: quantile(run.result.latencies, 0.95),
      p99: quantile(run.result.latencies, 0.99),
      clientTimeouts: run.result.clientTimeouts,
      byStatus: Object.fromEntries(run.result.byStatus),
      graphqlErrors: Object.fromEntries(run.result.graphqlErrors),
    }));
    writeJson();

    // More than one server: the same load on one process, then on two of the same database.
    const serversSeconds = envInt('BENCH_SERVERS_SECONDS', 15, 0);
    if (serversSeconds > 0) {
      heading(
        say,
        `3c. One server process against two on one database (demo county, ${cfg.clients} clients × ${serversSeconds} s)`,
      );
      const demoUrl = withDatabase(cluster.adminUrl, demoDb);
      await twoServersPhase(
        say,
        demoUrl,
        await demoBiTokenOf(demoUrl),
        { clients: cfg.clients, seconds: serversSeconds, rounds: 2 },
        cleanups,
      );
    }

    // 3d. Statements writing many rows, on a connection warmed by single-row writes (BENCH_BULK_ROWS=0 skips them).
    const bulkSizes = (process.env.BENCH_BULK_ROWS ?? '2000,10000')
      .split(',')
      .map((x) => Number(x.trim()))
      .filter((n) => n > 0);
    if (bulkSizes.length) {
      heading(
        say,
        `3d. Bulk writes at scale: ${bulkSizes.map(fmtInt).join(' and ')} rows in one statement, on a warmed connection`,
      );
      json.bulkWrites = await bulkWritesPhase(say, scaleUrl, YEAR, bulkSizes);
      writeJson();
    }

    // 4. Imports (BENCH_IMPORT_ROWS=0 skips them).
    if (process.env.BENCH_IMPORT_ROWS !== '0') {
      heading(
        say,
        `4. Imports: ${importSizes().map(fmtInt).join(' and ')} projects over HTTP (upload → preview → commit)`,
      );
      await importPhase(say, cluster.adminUrl, importSizes(), cleanups);
    }

    // Summary.
    heading(say, 'Summary');
    const slowest = all
      .flatMap((v) => v.timings.map((x) => ({ v: v.label, x })))
      .filter(({ x }) => x.samples.length)
      .sort((a, b) => median(b.x) - median(a.x))
      .slice(0, 5);
    say(`  generation of ${fmtInt(cfg.projects)} projects: ${fmtMs(generationMs)}`);
    say(
      `  slowest queries: ${slowest.map(({ v, x }) => `${x.query.name} as ${v} ${fmtMs(median(x))} (p95 ${fmtMs(p95(x))})`).join('; ')}`,
    );
    const errors = all.flatMap((v) =>
      v.timings.filter((x) => x.errors.length).map((x) => `${x.query.name} as ${v.label}: ${x.errors[0]}`),
    );
    say(`  timed queries with errors: ${errors.length ? errors.join('; ') : 'none'}`);
    printTable(
      say,
      [
        'load',
        'answered',
        'req/s',
        'p50',
        'p95',
        'p99',
        '5xx',
        '4xx',
        'GraphQL errors',
        'client timeouts',
        'server RSS (peak)',
      ],
      loads.map(({ title, run: { result: r, memory } }) => {
        const q = (p: number) => fmtMs(quantile(r.latencies, p));
        const n = (prefix: string) =>
          [...r.byStatus].filter(([s]) => s.startsWith(prefix)).reduce((a, [, k]) => a + k, 0);
        return [
          title,
          fmtInt(answeredOf(r)),
          answeredPerSecond(r).toFixed(1),
          q(0.5),
          q(0.95),
          q(0.99),
          fmtInt(n('5')),
          fmtInt(n('4')),
          fmtInt([...r.graphqlErrors.values()].reduce((a, b) => a + b, 0)),
          fmtInt(r.clientTimeouts),
          memory ? `${fmtMb(memory.rssKb)} (${fmtMb(memory.peakKb)})` : '—',
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    );
    say(`  total bench time: ${fmtMs(performance.now() - started)}; load average now ${loadAverage()}`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
