// npm run bench:generate — builds the bench's province once into a database that stays (default
// `jixiao_bench` on DATABASE_URL's server), so `npm run bench` with BENCH_DATABASE=jixiao_bench reuses it
// instead of generating it again. Set-based SQL only (generateProvince: INSERT … SELECT over generate_series).
// What the bench needs to know about the generated rows (its users, BI tokens, the typical county) is kept
// in the table bench_meta of that database.
//
// Env: DATABASE_URL (required: the server to build it on), BENCH_DATABASE (jixiao_bench), BENCH_PROJECTS
// (1000000), BENCH_INDICATORS (4), BENCH_REGENERATE=1 drops and rebuilds an existing one.
import 'reflect-metadata';
import pg from 'pg';
import { connectAndMigrate } from '../database/connect.js';
import { fmtInt, fmtMs } from './format.js';
import { generateProvince, printTableSizes, type ScaleResult } from './scale-data.js';

export const BENCH_YEAR = 2023;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface StoredProvince {
  projects: number;
  indicators: number;
  scale: ScaleResult;
}

/** The province kept in `url`'s bench_meta, or null when that database holds none (or does not exist). */
export async function readStoredProvince(url: string): Promise<StoredProvince | null> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await c.query(`SELECT to_regclass('bench_meta') IS NOT NULL AS ok`);
    if (!rows[0].ok) return null;
    const { rows: meta } = await c.query(`SELECT meta FROM bench_meta WHERE id = 1`);
    return (meta[0]?.meta as StoredProvince | undefined) ?? null;
  } finally {
    await c.end();
  }
}

/** Creates, migrates and fills `name` on the server of `adminUrl`; returns what the bench needs. */
export async function generateStoredProvince(
  adminUrl: string,
  name: string,
  o: { projects: number; indicators: number },
  say: (line: string) => void,
): Promise<StoredProvince> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const t = performance.now();
  const db = await connectAndMigrate(url);
  await db.destroy();
  say(`  migrated ${name} in ${fmtMs(performance.now() - t)}`);
  const scale = await generateProvince(
    url,
    {
      projects: o.projects,
      prefectures: 14,
      counties: 100,
      unitsPerCounty: 60,
      indicatorsPerProject: o.indicators,
      year: BENCH_YEAR,
    },
    say,
  );
  const stored: StoredProvince = { projects: o.projects, indicators: o.indicators, scale };
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`CREATE TABLE bench_meta (id int PRIMARY KEY, meta jsonb NOT NULL)`);
    await c.query(`INSERT INTO bench_meta (id, meta) VALUES (1, $1)`, [JSON.stringify(stored)]);
  } finally {
    await c.end();
  }
  return stored;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const say = (line: string) => console.log(line);
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.error('bench:generate needs DATABASE_URL (the PostgreSQL server to build the province on)');
    process.exit(2);
  }
  const name = process.env.BENCH_DATABASE ?? 'jixiao_bench';
  const projects = Number(process.env.BENCH_PROJECTS ?? 1_000_000);
  const indicators = Number(process.env.BENCH_INDICATORS ?? 4);
  const url = withDatabase(base, name);
  const existing = await readStoredProvince(url);
  if (existing && existing.projects === projects && process.env.BENCH_REGENERATE !== '1') {
    say(`${name} already holds a province of ${fmtInt(existing.projects)} projects (BENCH_REGENERATE=1 rebuilds it)`);
    process.exit(0);
  }
  const t = performance.now();
  say(`Generating a province of ${fmtInt(projects)} projects into ${name} …`);
  await generateStoredProvince(withDatabase(base, 'postgres'), name, { projects, indicators }, say);
  say(`  generated in ${fmtMs(performance.now() - t)}`);
  await printTableSizes(url, say);
  process.exit(0);
}
