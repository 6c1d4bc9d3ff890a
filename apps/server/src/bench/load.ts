import { readFileSync } from 'node:fs';
import { fmtInt, fmtMb, fmtMs, quantile } from './format.js';
import type { LoadOp } from './queries.js';

export interface LoadOptions {
  graphqlUrl: string;
  /** Several servers of one database: client i sends to the (i mod n)-th, as a load balancer would. */
  graphqlUrls?: string[];
  token: string;
  clients: number;
  seconds: number;
  /** Stop starting requests after this many, whatever the time. */
  maxRequests: number;
  /** A request still unanswered after this long is abandoned and counted as a client timeout. */
  requestTimeoutMs: number;
  mix: LoadOp[];
}

export interface LoadResult {
  requests: number;
  elapsedMs: number;
  latencies: number[];
  byStatus: Map<string, number>;
  graphqlErrors: Map<string, number>;
  byOp: Map<string, number[]>;
  clientTimeouts: number;
  networkErrors: number;
}

/** Resident and peak memory of a process, from /proc (kB). */
export function memoryOf(pid: number): { rssKb: number; peakKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 1/100 s on Linux). */
export function cpuSecondsOf(pid: number): number | null {
  try {
    // The command name (2nd field) may hold spaces: count fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * `clients` concurrent loops, each sending the mix in turn (starting at a different op) with the BI token,
 * until `seconds` have passed or `maxRequests` have started; requests in flight then finish (or time out).
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const urls = o.graphqlUrls?.length ? o.graphqlUrls : [o.graphqlUrl];
  for (const url of urls) {
    const host = new URL(url).hostname;
    if (host !== '127.0.0.1') throw new Error(`bench: the load runs against 127.0.0.1 only, not ${host}`);
  }
  const r: LoadResult = {
    requests: 0,
    elapsedMs: 0,
    latencies: [],
    byStatus: new Map(),
    graphqlErrors: new Map(),
    byOp: new Map(),
    clientTimeouts: 0,
    networkErrors: 0,
  };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const started = performance.now();
  const deadline = started + o.seconds * 1000;
  let startedRequests = 0;

  const client = async (index: number) => {
    const graphqlUrl = urls[index % urls.length]!;
    let cursor: string | null = null;
    for (let i = index; performance.now() < deadline && startedRequests < o.maxRequests; i++) {
      startedRequests++;
      const op = o.mix[i % o.mix.length]!;
      const variables = op.paged ? { ...op.variables, after: cursor } : op.variables;
      const t0 = performance.now();
      const took = () => {
        const ms = performance.now() - t0;
        r.latencies.push(ms);
        if (!r.byOp.has(op.name)) r.byOp.set(op.name, []);
        r.byOp.get(op.name)!.push(ms);
      };
      try {
        const res = await fetch(graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${o.token}` },
          body: JSON.stringify({ query: op.query, variables }),
          signal: AbortSignal.timeout(o.requestTimeoutMs),
        });
        const body = (await res.json().catch(() => null)) as {
          data?: any;
          errors?: { extensions?: { code?: string } }[];
        } | null;
        took();
        bump(r.byStatus, String(res.status));
        for (const e of body?.errors ?? []) bump(r.graphqlErrors, String(e.extensions?.code ?? 'UNKNOWN'));
        if (op.paged) {
          const page = body?.data
            ? (Object.values(body.data)[0] as { pageInfo?: { hasNextPage: boolean; endCursor: string | null } })
            : null;
          cursor = page?.pageInfo?.hasNextPage ? page.pageInfo.endCursor : null;
        }
      } catch (err) {
        // Counted in the latencies too (at the time given up): leaving them out would flatter the percentiles.
        took();
        const e = err as Error;
        if (e.name === 'TimeoutError' || e.name === 'AbortError') r.clientTimeouts++;
        else r.networkErrors++;
      }
      r.requests++;
    }
  };
  await Promise.all(Array.from({ length: o.clients }, (_, i) => client(i)));
  r.elapsedMs = performance.now() - started;
  return r;
}

export const answeredOf = (r: LoadResult) => r.requests - r.clientTimeouts - r.networkErrors;
export const answeredPerSecond = (r: LoadResult) => answeredOf(r) / (r.elapsedMs / 1000);
const maxWaitOf = (r: LoadResult) => Math.max(...r.latencies);

export function describeLoad(r: LoadResult, say: (line: string) => void, memory: ReturnType<typeof memoryOf>): void {
  const count = (prefix: string) =>
    [...r.byStatus].filter(([s]) => s.startsWith(prefix)).reduce((a, [, n]) => a + n, 0);
  const statuses = [...r.byStatus]
    .sort()
    .map(([s, n]) => `${s}: ${fmtInt(n)}`)
    .join(', ');
  const fourXX = [...r.byStatus]
    .filter(([s]) => s.startsWith('4'))
    .map(([s, n]) => `${s}: ${fmtInt(n)}`)
    .join(', ');
  const gqlErrors = [...r.graphqlErrors].map(([c, n]) => `${c}: ${fmtInt(n)}`).join(', ');
  const answered = answeredOf(r);
  say(
    `    requests            ${fmtInt(r.requests)} sent, ${fmtInt(answered)} answered in ${fmtMs(r.elapsedMs)} → ${answeredPerSecond(r).toFixed(1)} req/s answered`,
  );
  say(
    `    latency             p50 ${fmtMs(quantile(r.latencies, 0.5))}, p95 ${fmtMs(quantile(r.latencies, 0.95))}, p99 ${fmtMs(quantile(r.latencies, 0.99))}, max ${fmtMs(Math.max(...r.latencies))}` +
      `${r.clientTimeouts ? ` (requests given up after ${fmtMs(maxWaitOf(r))} count at that time)` : ''}`,
  );
  say(`    HTTP statuses       ${statuses || '—'}`);
  say(`    5xx                 ${fmtInt(count('5'))}`);
  say(`    4xx                 ${fmtInt(count('4'))}${fourXX ? ` (${fourXX})` : ''}`);
  say(`    GraphQL errors      ${gqlErrors || '0'}`);
  say(`    client timeouts     ${fmtInt(r.clientTimeouts)}; network errors ${fmtInt(r.networkErrors)}`);
  say(
    `    server memory       ${memory ? `RSS ${fmtMb(memory.rssKb)} at the end, peak ${fmtMb(memory.peakKb)}` : 'unknown (no /proc)'}`,
  );
  say('    per operation (n, p50, p95):');
  for (const [name, l] of r.byOp) {
    say(
      `      ${name.padEnd(40)} ${fmtInt(l.length).padStart(6)}  ${fmtMs(quantile(l, 0.5)).padStart(9)}  ${fmtMs(quantile(l, 0.95)).padStart(9)}`,
    );
  }
}
