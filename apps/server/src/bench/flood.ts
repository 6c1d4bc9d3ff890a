// npm run bench:flood — issue 14 §1: an anonymous caller floods the server with the 7 KB query of 745 repeated
// fields, 6 in flight, from one address; another client (a BI token, from another address) asks a small figure
// ten times a second. Prints that client's p50/p95 when idle and during the flood, and what the flood got back.
// Both go through loopback, which the server trusts as a proxy: X-Forwarded-For gives each its own address.
// Env (defaults): BENCH_FLOOD_SECONDS (10), BENCH_FLOOD_IN_FLIGHT (6), DATABASE_URL as `npm run bench`.
import 'reflect-metadata';
import {
  createTemplate,
  demoBiTokenOf,
  dropDatabase,
  startServerProcess,
  startTestCluster,
} from '../testing/harness.js';
import { fmtMs, heading, printTable, quantile } from './format.js';

const SMALL = '{ targetSummary(year: 2023) { projectCount budget } }';
const FLOOD = `{ ${'__typename '.repeat(745)}}`;

async function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  await res.arrayBuffer();
  return res.status;
}

/** The measured client: one small query every 100 ms for `seconds`; its latencies. */
async function measure(url: string, token: string, seconds: number): Promise<{ ms: number[]; failed: number }> {
  const ms: number[] = [];
  let failed = 0;
  const end = Date.now() + seconds * 1000;
  const body = JSON.stringify({ query: SMALL });
  while (Date.now() < end) {
    const t0 = performance.now();
    const status = await post(url, body, { authorization: `Bearer ${token}`, 'x-forwarded-for': '10.0.0.2' });
    const took = performance.now() - t0;
    if (status === 200) ms.push(took);
    else failed++;
    await new Promise((r) => setTimeout(r, Math.max(0, 100 - took)));
  }
  return { ms, failed };
}

/** The flood: `inFlight` loops sending the repeated-field query until `stop` says so; the statuses it got. */
function flood(url: string, inFlight: number, stop: () => boolean): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  const body = JSON.stringify({ query: FLOOD });
  const loop = async () => {
    while (!stop()) {
      const status = await post(url, body, { 'x-forwarded-for': '10.0.0.1' }).catch(() => 0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  return Promise.all(Array.from({ length: inFlight }, loop)).then(() => statuses);
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const say = (line: string) => console.log(line);
  const seconds = Number(process.env.BENCH_FLOOD_SECONDS ?? 10);
  const inFlight = Number(process.env.BENCH_FLOOD_IN_FLIGHT ?? 6);
  const cluster = await startTestCluster();
  const demoDb = await createTemplate(cluster.adminUrl, { demo: true });
  const url = new URL(cluster.adminUrl);
  url.pathname = `/${demoDb}`;
  const server = await startServerProcess({ databaseUrl: url.toString(), env: { JIXIAO_TRUST_PROXY: 'loopback' } });
  try {
    const token = await demoBiTokenOf(url.toString());
    heading(say, `Flood: 745 repeated fields, ${inFlight} in flight from one address, against a BI client's figure`);
    await measure(server.graphqlUrl, token, 2); // warm-up
    const idle = await measure(server.graphqlUrl, token, seconds);
    let stopped = false;
    const flooding = flood(server.graphqlUrl, inFlight, () => stopped);
    const during = await measure(server.graphqlUrl, token, seconds);
    stopped = true;
    const statuses = await flooding;
    printTable(
      say,
      ['BI client', 'answered', 'failed', 'p50', 'p95'],
      [
        [
          'idle',
          String(idle.ms.length),
          String(idle.failed),
          fmtMs(quantile(idle.ms, 0.5)),
          fmtMs(quantile(idle.ms, 0.95)),
        ],
        [
          'during the flood',
          String(during.ms.length),
          String(during.failed),
          fmtMs(quantile(during.ms, 0.5)),
          fmtMs(quantile(during.ms, 0.95)),
        ],
      ],
      ['l', 'r', 'r', 'r', 'r'],
    );
    const sent = [...statuses.values()].reduce((a, b) => a + b, 0);
    say(
      `  the flood sent ${sent} requests in ${seconds} s: ` +
        [...statuses].map(([s, n]) => `${n} × HTTP ${s || 'network error'}`).join(', '),
    );
    const ratio = quantile(during.ms, 0.95) / quantile(idle.ms, 0.95);
    say(`  p95 during the flood / idle: ×${ratio.toFixed(2)} (the goal: within ×2)`);
  } finally {
    await server.stop();
    await dropDatabase(cluster.adminUrl, demoDb).catch(() => {});
    await cluster.stop();
  }
}
