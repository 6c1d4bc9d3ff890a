import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_DEMO_PASSWORD } from '../config.js';
import { hashPassword } from '../modules/auth/password.js';
import { API_TOKEN_PREFIX, hashApiToken } from '../modules/auth/session-token.js';
import { freezeConfirmedCheckpoints } from '../modules/monitoring/freeze.js';
import { businessDate } from '../rules/calendar.js';
import { buildDemoCounty, TABLE_ORDER, type Row } from './build-county.js';

/** A fresh demo BI token: random, so no one can compute another database's token from the public password. */
function newDemoBiToken(): string {
  return `${API_TOKEN_PREFIX}demo_${randomBytes(24).toString('base64url')}`;
}

/** The demo BI token of this database (printed by `npm start`), or null when it holds no demo. */
export async function storedDemoBiToken(db: DataSource | EntityManager): Promise<string | null> {
  const [row] = (await db.query(`SELECT bi_token FROM demo_state WHERE id = 1`)) as { bi_token: string }[];
  return row?.bi_token ?? null;
}

async function insertRows(manager: EntityManager, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const chunk = Math.max(1, Math.floor(30000 / columns.length));
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values: unknown[] = [];
    const tuples = part.map(
      (r) => `(${columns.map((c) => (values.push(r[c] ?? null), `$${values.length}`)).join(', ')})`,
    );
    await manager.query(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
  if (columns.includes('id')) {
    await manager.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
  }
}

/**
 * Loads the demo county in one transaction, as it stands on `today` (the county's today, Asia/Shanghai, when
 * not given): the year of today in progress. The database must have no projects yet.
 */
export async function loadDemo(
  db: DataSource,
  password: string,
  opts: { today?: string } = {},
): Promise<{ ms: number; biToken: string; today: string }> {
  const started = performance.now();
  const today = opts.today ?? businessDate(new Date());
  const token = newDemoBiToken();
  // One hash for every demo user: they share the demo password, and hashing 70 times would cost seconds.
  const rows = buildDemoCounty({
    passwordHash: await hashPassword(password),
    biToken: { hash: hashApiToken(token), prefix: token.slice(0, 12) },
    today,
  });
  await db.transaction(async (manager) => {
    for (const table of TABLE_ORDER) await insertRows(manager, table, rows[table] ?? []);
    // The demo's past checkpoints are confirmed: their figures are frozen as loaded.
    await freezeConfirmedCheckpoints(manager);
    await manager.query(
      `INSERT INTO demo_state (id, bi_token) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET bi_token = EXCLUDED.bi_token, loaded_at = now()`,
      [token],
    );
  });
  return { ms: Math.round(performance.now() - started), biToken: token, today };
}

export async function loadDemoIfEmpty(
  db: DataSource,
  opts: { password: string; today?: string; log?: (m: string) => void },
) {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM region`);
  if (n > 0) return null;
  const today = opts.today ?? businessDate(new Date());
  opts.log?.(`Empty database: loading the demo county (尉犁县, 2022–${today.slice(0, 4)}, as on ${today}) …`);
  return loadDemo(db, opts.password, { today });
}

/** Empties every table (keeping reference data) and loads the demo again. */
export async function resetDemo(db: DataSource, password: string, opts: { today?: string } = {}) {
  const tables = [...TABLE_ORDER, 'audit_log', 'revoked_session', 'demo_state'];
  await db.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  return loadDemo(db, password, opts);
}

/** The demo logins and BI token, printed by a start that serves the demo; null when the database holds no demo. */
export async function demoLoginBanner(
  db: DataSource,
  password: string,
  graphqlUrl = '<GraphQL URL>',
): Promise<string | null> {
  const token = await storedDemoBiToken(db);
  if (!token) return null;
  const users = (await db.query(`SELECT u.username, u.role FROM app_user u ORDER BY u.id`)) as {
    username: string;
    role: string;
  }[];
  const by = (role: string) => users.filter((u) => u.role === role).map((u) => u.username);
  const list = (names: string[], max = 6) =>
    names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} … (${names.length} in all)`;
  return [
    '',
    `Demo logins (password: ${password === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : 'the DEMO_PASSWORD you set'}):`,
    `  leadership 领导:            ${list(by('LEADERSHIP'))}`,
    `  performance section 绩效科: ${list(by('PERFORMANCE'))}`,
    `  budget section 预算科:      ${list(by('BUDGET'))}`,
    `  business sections 业务科室: ${list(by('BUSINESS_SECTION'))}`,
    `  fund sections 资金科室:     ${list(by('FUND_SECTION'))}`,
    `  units 部门单位:             ${list(by('UNIT'), 4)}`,
    `  agencies 第三方机构:        ${list(by('AGENCY'), 3)}`,
    `  upper level 上级财政:       ${list(by('UPPER_LEVEL'))}`,
    `  BI token (read-only, scope of leader; random for this database): ${token}`,
    `  e.g. curl -s -H 'Content-Type: application/json' -H 'Authorization: Bearer ${token}' \\`,
    `       -d '{"query":"{ targetSummary(year: 2023) { projectCount budget } }"}' ${graphqlUrl}`,
    '',
  ].join('\n');
}
