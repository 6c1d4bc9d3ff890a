// npm run bench:import — the import phase of `npm run bench` on its own: projects imported into the demo county
// over HTTP (upload → preview → commit), rows/s and the server's peak memory. BENCH_IMPORT_ROWS (10000,100000).
import 'reflect-metadata';
import { startTestCluster } from '../testing/harness.js';
import { heading } from './format.js';
import { importPhase } from './import-phase.js';

export function importSizes(): number[] {
  const sizes = (process.env.BENCH_IMPORT_ROWS ?? '10000,100000')
    .split(',')
    .map((s) => Number(s.trim().replace(/_/g, '')))
    .filter((n) => n > 0);
  for (const n of sizes) if (!Number.isInteger(n)) throw new Error(`BENCH_IMPORT_ROWS: not a row count: ${n}`);
  return sizes;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const say = (line: string) => console.log(line);
  const cleanups: (() => Promise<unknown>)[] = [];
  const cluster = await startTestCluster();
  cleanups.push(() => cluster.stop());
  try {
    heading(say, `Imports: ${importSizes().join(' and ')} projects over HTTP (upload → preview → commit)`);
    await importPhase(say, cluster.adminUrl, importSizes(), cleanups);
  } finally {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  }
}
