import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load.js';
import { gql, login, startServerProcess, TEST_DEMO_PASSWORD, type ServerProcess } from '../../src/testing/harness.js';
import { useDatabase } from '../support/context.js';
import { credibilityChecks } from '../support/demo-credibility.js';

// Issue 15 §2: the demo as a server loads it on its today (here a fixed one, as JIXIAO_DEMO_TODAY gives):
// 2024 and 2025 complete, 2026 in progress with its May and August checkpoints confirmed and flags being
// rectified, 2027's targets in preparation; 2023 still the report's; every working role has to-dos.

const TODAY = '2026-12-06';

describe(`the demo loaded on ${TODAY}`, () => {
  const ctx = useDatabase({ demo: false });
  let server: ServerProcess;
  const as = async (username: string, query: string) => {
    const res = await gql(server.graphqlUrl, query, {}, await login(server.graphqlUrl, username));
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  beforeAll(async () => {
    await loadDemo(ctx.db, TEST_DEMO_PASSWORD, { today: TODAY });
    server = await startServerProcess({ databaseUrl: ctx.url });
  });
  afterAll(async () => {
    await server?.stop();
  });

  credibilityChecks(ctx, TODAY);

  it('keeps 2023 as the report says: 321 projects worth 645,037,526.18 yuan', async () => {
    const { targetSummary } = await as('leader', `{ targetSummary(year: 2023) { projectCount budget } }`);
    expect(targetSummary).toEqual({ projectCount: 321, budget: '645037526.18' });
  });

  it('has every year from 2022 to next year; work pages open on 2027 (targets), views on 2026 (closed checkpoints)', async () => {
    const { years } = await as(
      'pes',
      `{ years { currentYear defaultYear workYear years { year checkpointsClosed } } }`,
    );
    expect(years.years.map((y: any) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    expect(years.years.filter((y: any) => y.checkpointsClosed).map((y: any) => y.year)).toEqual([
      2022, 2023, 2024, 2025, 2026,
    ]);
    expect(years).toMatchObject({ defaultYear: 2026, workYear: 2027 });
  });

  it('leaves open only this year’s flags, each rectified or overdue', async () => {
    const open = await ctx.db.query(
      `SELECT p.year, count(*)::int AS n FROM flag f JOIN project p ON p.id = f.project_id
        WHERE f.status = 'OPEN' GROUP BY p.year ORDER BY p.year`,
    );
    expect(open.map((r: any) => r.year)).toEqual([2026]);
  });

  it('gives every working role live work on first login', async () => {
    // Every unit, every business and fund section, and every agency: not only the first of each role.
    const everyone = (await ctx.db.query(
      `SELECT u.username, u.role FROM app_user u WHERE u.role IN ('UNIT', 'BUSINESS_SECTION', 'FUND_SECTION', 'AGENCY', 'PERFORMANCE', 'BUDGET') ORDER BY u.id`,
    )) as { username: string; role: string }[];
    const idle: string[] = [];
    // Eight logins at a time (each login hashes the password).
    for (let i = 0; i < everyone.length; i += 8) {
      await Promise.all(
        everyone.slice(i, i + 8).map(async (u) => {
          const { todos } = await as(u.username, `{ todos { kind count } }`);
          if (!todos.some((t: any) => t.count > 0)) idle.push(`${u.role} ${u.username}`);
        }),
      );
    }
    expect(idle.sort()).toEqual([]);
  }, 180_000);
});
