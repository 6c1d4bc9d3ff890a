import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf } from '../../src/graphql/global-id.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { addNeighbourCounty } from '../support/neighbour.js';

// Issue 15, "readable, shareable filter URLs": every aggregate row that is a section or a unit carries its code
// and its county's division code, so the dashboard writes ?section=<code> (and, above one county, ?county=…)
// instead of an opaque id. Oracles in SQL written here. A second county under the prefecture reuses a demo
// section's and unit's codes: a code alone is then ambiguous for the prefecture, the code with its county is not.

describe('section and unit codes on aggregate rows', () => {
  const ctx = useServer();
  let db: pg.Client;
  const t: Record<string, string> = {};
  let county: { id: number; code: string };
  const other = { code: '652898', name: '同码邻县' };
  let shared: { section: string; unit: string };
  const all = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
  const one = async (sql: string, params: unknown[] = []) => (await all(sql, params))[0];
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(ctx.graphqlUrl, query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  /** The code and county code of a section or unit, by database id, from SQL. */
  const codeOf = async (table: 'section' | 'unit', id: number) =>
    one(`SELECT x.code, r.code AS region_code FROM ${table} x JOIN region r ON r.id = x.region_id WHERE x.id = $1`, [
      id,
    ]);

  beforeAll(async () => {
    for (const u of ['prefecture', 'leader', 'budget']) t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    county = await one(
      `SELECT r.id, r.code FROM region r JOIN app_user a ON a.region_id = r.id WHERE a.username = 'leader'`,
    );
    // The demo's unit with the largest 2023 budget and its section: the neighbour uses the same two codes.
    shared = await one(
      `SELECT s.code AS section, u.code AS unit FROM project p JOIN unit u ON u.id = p.unit_id
         JOIN section s ON s.id = u.supervising_section_id
        WHERE p.region_id = $1 AND p.year = 2023 AND NOT u.classified
        GROUP BY s.code, u.code ORDER BY sum(p.budget) DESC LIMIT 1`,
      [county.id],
    );
    const n = await addNeighbourCounty(db, county, {
      ...other,
      sectionCode: shared.section,
      sectionName: '同码业务科',
      unitCode: shared.unit,
      unitName: '同码单位',
    });
    const [r, u] = [{ id: n.regionId }, { id: n.unitId }];
    const [p] = await all(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
       VALUES ($1, 2023, $2, 'GENERAL_PUBLIC', 'TM-2023-1', '同码项目', 1000000, 'RECURRING', '2023-01-01', 'APPROVED')
       RETURNING id`,
      [r.id, u.id],
    );
    const [c] = await all(
      `INSERT INTO monitoring_checkpoint (region_id, year, month, scope, period_end, report_due, status)
       VALUES ($1, 2023, 8, 'PROJECT', '2023-08-31', '2023-09-10', 'CONFIRMED') RETURNING id`,
      [r.id],
    );
    await db.query(
      `INSERT INTO monitoring_report (project_id, checkpoint_id, budget, executed, status)
       VALUES ($1, $2, 1000000, 400000, 'CONFIRMED')`,
      [p.id, c.id],
    );
  });
  afterAll(async () => {
    await db?.end();
  });

  const EXECUTION = `query($groupBy: ExecutionGroupBy, $filter: AnalyticsFilter) {
    executionSummary(year: 2023, month: 8, groupBy: $groupBy, filter: $filter) {
      key label code regionCode projectCount budget executed } }`;

  type Row = { key: string; label: string; code: string | null; regionCode: string | null; budget: string };

  it.each([
    ['leader', 'SECTION', null],
    ['leader', 'UNIT', null],
    ['budget', 'UNIT', null],
    // isKey is not at the summaries' grain: the rows are read from the raw reports.
    ['leader', 'UNIT', { isKey: true }],
    ['budget', 'SECTION', { isKey: false }],
    ['prefecture', 'SECTION', null],
    ['prefecture', 'UNIT', null],
  ] as const)(
    'executionSummary %s by %s (%j): each row’s codes are its section’s or unit’s',
    async (who, by, filter) => {
      const rows: Row[] = (await ok(t[who]!, EXECUTION, { groupBy: by, filter })).executionSummary;
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) {
        if (row.key === 'CLASSIFIED') {
          expect(row).toMatchObject({ code: null, regionCode: null });
          continue;
        }
        const o = await codeOf(by === 'SECTION' ? 'section' : 'unit', Number(row.key));
        expect([row.code, row.regionCode], row.label).toEqual([o.code, o.region_code]);
      }
      if (who === 'budget' && by === 'UNIT') expect(rows.some((r) => r.key === 'CLASSIFIED')).toBe(true);
      if (who === 'prefecture') {
        // The shared code is two rows, one per county.
        const code = by === 'SECTION' ? shared.section : shared.unit;
        expect(rows.filter((r) => r.code === code).map((r) => r.regionCode)).toEqual(
          expect.arrayContaining([county.code, other.code]),
        );
      }
    },
  );

  it('filtering by a row’s code (with its county above one county) gives that row’s figures, as its id does', async () => {
    for (const who of ['leader', 'prefecture'] as const) {
      for (const by of ['SECTION', 'UNIT'] as const) {
        const rows: Row[] = (await ok(t[who]!, EXECUTION, { groupBy: by })).executionSummary;
        for (const row of rows.filter((r) => r.code).slice(0, 4)) {
          const field = by === 'SECTION' ? 'sectionCode' : 'unitCode';
          const filter = { [field]: row.code, ...(who === 'prefecture' ? { regionCode: row.regionCode } : {}) };
          const [total] = (await ok(t[who]!, EXECUTION, { groupBy: 'TOTAL', filter })).executionSummary;
          expect(total.budget, `${who} ${row.label}`).toBe(row.budget);
        }
      }
    }
    // A code two counties use needs the county for the prefecture; a county's leader needs none.
    const res = await gql(ctx.graphqlUrl, EXECUTION, { filter: { sectionCode: shared.section } }, t.prefecture);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.sectionCode' });
    await ok(t.leader!, EXECUTION, { filter: { sectionCode: shared.section } });
  });

  it('each section names its county, so the prefecture tells two counties’ sections of one code apart', async () => {
    const d = await ok(t.prefecture!, `{ sections { id code regionCode } }`);
    const sections = d.sections as { id: string; code: string; regionCode: string }[];
    expect(sections.filter((s) => s.code === shared.section).map((s) => s.regionCode)).toEqual(
      expect.arrayContaining([county.code, other.code]),
    );
    for (const s of sections) {
      const o = await codeOf('section', idOf('Section', s.id, 'id'));
      expect([s.code, s.regionCode]).toEqual([o.code, o.region_code]);
    }
  });

  it('ranking, cut and aggregate rows carry the unit’s (or section’s) code and county', async () => {
    const d = await ok(
      t.leader!,
      `{
        executionLagRanking(year: 2023, month: 8, by: PROJECT, first: 20) { rows { unitId unitCode regionCode } }
        overdueFlagRanking(year: 2023, first: 20) { rows { unitId unitCode regionCode } }
        cutProjectRanking(year: 2022, first: 20) { rows { unitId unitCode regionCode } }
        bySection: resultApplicationByGroup(year: 2022, groupBy: SECTION) { key code regionCode }
        byUnit: resultApplicationByGroup(year: 2022, groupBy: UNIT) { key code regionCode }
        projectAggregate(groupBy: [SECTION, UNIT], filter: { year: 2023 }) { keys { dimension key code regionCode } }
      }`,
    );
    const unitRows = [...d.executionLagRanking.rows, ...d.overdueFlagRanking.rows, ...d.cutProjectRanking.rows] as {
      unitId: string;
      unitCode: string;
      regionCode: string;
    }[];
    expect(d.overdueFlagRanking.rows.length).toBeGreaterThan(0);
    expect(d.cutProjectRanking.rows.length).toBeGreaterThan(0);
    for (const r of unitRows) {
      const o = await codeOf('unit', idOf('Unit', r.unitId, 'unitId'));
      expect([r.unitCode, r.regionCode]).toEqual([o.code, o.region_code]);
    }
    for (const [rows, type] of [
      [d.bySection, 'Section'],
      [d.byUnit, 'Unit'],
    ] as const) {
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows as { key: string; code: string; regionCode: string }[]) {
        const o = await codeOf(type === 'Section' ? 'section' : 'unit', idOf(type, r.key, 'key'));
        expect([r.code, r.regionCode]).toEqual([o.code, o.region_code]);
      }
    }
    const keys = (
      d.projectAggregate as {
        keys: { dimension: string; key: string; code: string | null; regionCode: string | null }[];
      }[]
    ).flatMap((r) => r.keys);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      const o = await codeOf(k.dimension === 'SECTION' ? 'section' : 'unit', Number(k.key));
      expect([k.code, k.regionCode]).toEqual([o.code, o.region_code]);
    }
  });

  it('an aggregate selects a key’s codes only when asked: every way of asking gives the rows of asking all', async () => {
    // Asked through an alias and through a fragment, or not at all (then the section's county is not joined): the
    // rows, their keys, labels and figures are those of the query asking everything, and a code asked is there.
    const ask = (keys: string) =>
      `${keys.includes('...Codes') ? 'fragment Codes on AggregateKey { code regionCode }' : ''}
       query($g: [AggregateDimension!]!, $f: AggregateFilter) { projectAggregate(groupBy: $g, filter: $f) {
         keys { dimension key label ${keys} } projectCount budget executed executionRate } }`;
    type Agg = { keys: Record<string, string | null>[]; projectCount: number; budget: string; executed: string }[];
    for (const who of ['leader', 'budget', 'prefecture'] as const) {
      for (const groupBy of [['SECTION'], ['UNIT'], ['FUND_FAMILY', 'SECTION'], ['SECTION', 'UNIT', 'GRADE']]) {
        for (const filter of [{ year: 2023 }, { year: 2023, checkpointMonth: 8 }]) {
          const vars = { g: groupBy, f: filter };
          const all: Agg = (await ok(t[who]!, ask('...Codes'), vars)).projectAggregate;
          expect(all.length, `${who} ${groupBy}`).toBeGreaterThan(0);
          const strip = (rows: Agg, keep: string[]) =>
            rows.map((r) => ({
              ...r,
              keys: r.keys.map((k) => Object.fromEntries(Object.entries(k).filter(([f]) => keep.includes(f)))),
            }));
          const base = ['dimension', 'key', 'label'];
          for (const [keys, keep] of [
            ['', base],
            ['code', [...base, 'code']],
            ['regionCode', [...base, 'regionCode']],
          ] as const) {
            const rows: Agg = (await ok(t[who]!, ask(keys), vars)).projectAggregate;
            expect(rows, `${who} ${groupBy} asking ${keys || 'no code'}`).toEqual(strip(all, [...keep]));
          }
          const aliased: Agg = (await ok(t[who]!, ask('c: code'), vars)).projectAggregate;
          expect(aliased.map((r) => r.keys.map((k) => k.c))).toEqual(all.map((r) => r.keys.map((k) => k.code)));
          if (groupBy.includes('SECTION'))
            expect(all.some((r) => r.keys.some((k) => k.dimension === 'SECTION' && k.code && k.regionCode))).toBe(true);
        }
      }
    }
  });

  it('executionSummary selects the codes only when asked: without them the rows, labels and figures are the same', async () => {
    const ask = (fields: string) => `query($g: ExecutionGroupBy, $f: AnalyticsFilter, $frozen: Boolean) {
      executionSummary(year: 2023, month: 8, groupBy: $g, filter: $f, frozen: $frozen) {
        key label ${fields} projectCount budget executed executionRate } }`;
    type Exec = Record<string, unknown>[];
    const without = (rows: Exec, drop: string[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([f]) => !drop.includes(f))));
    for (const who of ['leader', 'budget', 'prefecture'] as const) {
      for (const g of ['SECTION', 'UNIT']) {
        // The summaries' grain, the raw reports (isKey), the frozen figures.
        for (const vars of [{}, { f: { isKey: true } }, { frozen: true }]) {
          const label = `${who} ${g} ${JSON.stringify(vars)}`;
          const all: Exec = (await ok(t[who]!, ask('code regionCode'), { g, ...vars })).executionSummary;
          expect(all.length, label).toBeGreaterThan(0);
          expect((await ok(t[who]!, ask(''), { g, ...vars })).executionSummary, label).toEqual(
            without(all, ['code', 'regionCode']),
          );
          expect((await ok(t[who]!, ask('code'), { g, ...vars })).executionSummary, label).toEqual(
            without(all, ['regionCode']),
          );
          expect((await ok(t[who]!, ask('regionCode'), { g, ...vars })).executionSummary, label).toEqual(
            without(all, ['code']),
          );
        }
      }
    }
  });
});
