// npm run bench:servers — the "more than one server" part of `npm run bench` on its own: the BI load of the demo
// county against one server process, then against two processes of the same database (client i → process i mod 2,
// as a load balancer would spread them), alternating, and the gain in answered req/s.
// Env (defaults): BENCH_SERVERS_SECONDS (15), BENCH_CLIENTS (50), BENCH_SERVERS_ROUNDS (2), DATABASE_URL as `npm run bench`.
import 'reflect-metadata';
import os from 'node:os';
import {
  createTemplate,
  demoBiTokenOf,
  dropDatabase,
  startTestCluster,
  type ServerProcess,
} from '../testing/harness.js';
import { fmtInt, fmtMs, heading, printTable, quantile } from './format.js';
import { answeredOf, answeredPerSecond, cpuSecondsOf, runLoad, type LoadResult } from './load.js';
import { startBenchServer, YEAR } from './phases.js';
import { biMix } from './queries.js';

type Say = (line: string) => void;

export interface ServersRun {
  servers: number;
  reqPerSecond: number;
  p50: number;
  p95: number;
  answered: number;
  errors: number;
  /** CPU of the server processes together, in cores. */
  serverCores: number;
}

async function loadOn(
  servers: ServerProcess[],
  token: string,
  o: { clients: number; seconds: number },
): Promise<{ result: LoadResult; serverCores: number }> {
  const cpu = () => servers.reduce((a, s) => a + (cpuSecondsOf(s.pid) ?? 0), 0);
  const before = cpu();
  const result = await runLoad({
    graphqlUrl: servers[0]!.graphqlUrl,
    graphqlUrls: servers.map((s) => s.graphqlUrl),
    token,
    clients: o.clients,
    seconds: o.seconds,
    maxRequests: 5_000_000,
    requestTimeoutMs: 30_000,
    mix: biMix(YEAR),
  });
  return { result, serverCores: (cpu() - before) / (result.elapsedMs / 1000) };
}

/** One server against two of the same database, `rounds` times each, alternating; prints the gain. */
export async function twoServersPhase(
  say: Say,
  databaseUrl: string,
  token: string,
  o: { clients: number; seconds: number; rounds: number },
  cleanups: (() => Promise<unknown>)[],
): Promise<{ runs: ServersRun[]; gain: number }> {
  const runs: ServersRun[] = [];
  for (let round = 0; round < o.rounds; round++) {
    for (const n of [1, 2]) {
      const servers: ServerProcess[] = [];
      for (let i = 0; i < n; i++)
        servers.push(await startBenchServer(databaseUrl, cleanups, { countStatements: false }));
      // Untimed warm-up: the first requests compile the schema's resolvers and fill the pools.
      await loadOn(servers, token, { clients: o.clients, seconds: 2 });
      const { result: r, serverCores } = await loadOn(servers, token, o);
      for (const s of servers) await s.stop();
      const errors = [...r.byStatus].filter(([s]) => !s.startsWith('2')).reduce((a, [, k]) => a + k, 0);
      runs.push({
        servers: n,
        reqPerSecond: answeredPerSecond(r),
        p50: quantile(r.latencies, 0.5),
        p95: quantile(r.latencies, 0.95),
        answered: answeredOf(r),
        errors: errors + r.clientTimeouts + r.networkErrors,
        serverCores,
      });
    }
  }
  printTable(
    say,
    ['round', 'server processes', 'answered', 'req/s', 'p50', 'p95', 'errors', 'Node CPU (cores)'],
    runs.map((r, i) => [
      String(Math.floor(i / 2) + 1),
      String(r.servers),
      fmtInt(r.answered),
      r.reqPerSecond.toFixed(1),
      fmtMs(r.p50),
      fmtMs(r.p95),
      fmtInt(r.errors),
      r.serverCores.toFixed(2),
    ]),
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const mean = (n: number) => {
    const xs = runs.filter((r) => r.servers === n).map((r) => r.reqPerSecond);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const gain = mean(2) / mean(1);
  say(
    `  two processes: ${mean(2).toFixed(1)} req/s against ${mean(1).toFixed(1)} for one → ×${gain.toFixed(2)} ` +
      `(${os.cpus().length} cores shared by the servers, PostgreSQL and the load generator)`,
  );
  return { runs, gain };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const say = (line: string) => console.log(line);
  const cleanups: (() => Promise<unknown>)[] = [];
  const cluster = await startTestCluster();
  cleanups.push(() => cluster.stop());
  try {
    const seconds = Number(process.env.BENCH_SERVERS_SECONDS ?? 15);
    const clients = Number(process.env.BENCH_CLIENTS ?? 50);
    const rounds = Number(process.env.BENCH_SERVERS_ROUNDS ?? 2);
    const demoDb = await createTemplate(cluster.adminUrl, { demo: true });
    cleanups.push(() => dropDatabase(cluster.adminUrl, demoDb));
    const url = new URL(cluster.adminUrl);
    url.pathname = `/${demoDb}`;
    heading(
      say,
      `One server process against two on one database: demo county BI load, ${clients} clients × ${seconds} s`,
    );
    await twoServersPhase(
      say,
      url.toString(),
      await demoBiTokenOf(url.toString()),
      { clients, seconds, rounds },
      cleanups,
    );
  } finally {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  }
}
