import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBiTokenOf, gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Every role against every kind of read — node(id), lists, nested fields, aggregates — compared with
// an oracle written here in plain SQL from DOMAIN.md's "Who sees what" (not with the server's scope code).

type Oracle = { rows: string; portfolio: string };
const CLASSIFIED = `u.classified`;
const ORACLES: Record<string, Oracle> = {
  leader: { rows: 'TRUE', portfolio: 'TRUE' },
  pes: { rows: 'TRUE', portfolio: 'TRUE' },
  prefecture: { rows: `NOT ${CLASSIFIED}`, portfolio: 'TRUE' },
  budget: { rows: `NOT ${CLASSIFIED}`, portfolio: 'TRUE' },
  'sec-jkw': { rows: `s.name = '教科文科' AND NOT ${CLASSIFIED}`, portfolio: `s.name = '教科文科'` },
  'sec-xzzf': { rows: `s.name = '行政政法科' AND NOT ${CLASSIFIED}`, portfolio: `s.name = '行政政法科'` },
  'sec-xc': {
    rows: `p.fund_family = 'RURAL_REVITALIZATION' AND NOT ${CLASSIFIED}`,
    portfolio: `p.fund_family = 'RURAL_REVITALIZATION'`,
  },
  'unit-jyj': { rows: `u.code = 'jyj'`, portfolio: `u.code = 'jyj'` },
  'unit-gaj': { rows: `u.code = 'gaj'`, portfolio: `u.code = 'gaj'` },
  'agency-xinhe': {
    rows: `NOT ${CLASSIFIED} AND p.id IN (SELECT e.project_id FROM evaluation e JOIN agency a ON a.id = e.agency_id WHERE a.code = 'xinhe')`,
    portfolio: `p.id IN (SELECT e.project_id FROM evaluation e JOIN agency a ON a.id = e.agency_id WHERE a.code = 'xinhe')`,
  },
  bi: { rows: `NOT ${CLASSIFIED}`, portfolio: 'TRUE' },
};
const ROLES = Object.keys(ORACLES);

describe('each role sees exactly its scope, whatever the kind of read', () => {
  const ctx = useServer();
  const tokens: Record<string, string> = {};
  let db: pg.Client;
  const expected: Record<
    string,
    { projects: Set<string>; portfolioCount: number; flags: Set<string>; evaluations: Set<string> }
  > = {};
  const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    for (const role of ROLES) {
      tokens[role] = role === 'bi' ? await demoBiTokenOf(ctx.databaseUrl) : await login(ctx.graphqlUrl, role);
      const o = ORACLES[role]!;
      const from = `FROM project p JOIN unit u ON u.id = p.unit_id JOIN section s ON s.id = u.supervising_section_id`;
      const projects = (await db.query(`SELECT p.id ${from} WHERE ${o.rows}`)).rows.map((r) => gid('Project', r.id));
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n ${from} WHERE ${o.portfolio}`)).rows;
      const flags = (
        await db.query(`SELECT f.id FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
        JOIN section s ON s.id = u.supervising_section_id WHERE ${o.rows}`)
      ).rows.map((r) => gid('Flag', r.id));
      // Evaluations: an agency those it ran; others those of visible projects, and unit-wide ones of visible units.
      const evaluations =
        role === 'agency-xinhe'
          ? (await db.query(`SELECT e.id FROM evaluation e JOIN agency a ON a.id = e.agency_id WHERE a.code = 'xinhe'`))
              .rows
          : (
              await db.query(`SELECT e.id FROM evaluation e JOIN unit u ON u.id = e.unit_id JOIN section s ON s.id = u.supervising_section_id
            LEFT JOIN project p ON p.id = e.project_id
            WHERE (e.project_id IS NOT NULL AND ${o.rows})
               OR (e.project_id IS NULL AND ${o.rows.replace(/p\.fund_family = 'RURAL_REVITALIZATION' AND /, 'FALSE AND ').replace(/p\.id IN \(.*\)$/, 'FALSE')})`)
            ).rows;
      expected[role] = {
        projects: new Set(projects),
        portfolioCount: n,
        flags: new Set(flags),
        evaluations: new Set(evaluations.map((r) => gid('Evaluation', r.id))),
      };
    }
  });

  afterAll(async () => {
    await db?.end();
  });

  async function all(role: string, field: 'projects' | 'flags' | 'evaluations'): Promise<Set<string>> {
    const ids = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const res: any = await gql(
        ctx.graphqlUrl,
        `query($after: String) { ${field}(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }`,
        { after },
        tokens[role],
      );
      expect(res.errors, `${role} ${field}`).toBeUndefined();
      const conn = res.data[field];
      for (const e of conn.edges) ids.add(e.node.id);
      if (!conn.pageInfo.hasNextPage) {
        expect(conn.totalCount).toBe(ids.size);
        return ids;
      }
      after = conn.pageInfo.endCursor;
    }
  }

  it('the oracle is not trivial: roles see different, non-empty sets', () => {
    expect(expected['sec-jkw']!.projects.size).toBeGreaterThan(0);
    expect(expected['sec-jkw']!.projects.size).toBeLessThan(expected.leader!.projects.size);
    expect(expected.budget!.projects.size).toBeLessThan(expected.leader!.projects.size);
    expect(expected['unit-gaj']!.projects.size).toBeGreaterThan(0);
    expect(expected['agency-xinhe']!.projects.size).toBe(3);
  });

  it.each(ROLES)('%s: lists of projects, flags and evaluations hold exactly the rows in scope', async (role) => {
    expect(await all(role, 'projects')).toEqual(expected[role]!.projects);
    expect(await all(role, 'flags')).toEqual(expected[role]!.flags);
    expect(await all(role, 'evaluations')).toEqual(expected[role]!.evaluations);
  });

  it.each(ROLES)(
    '%s: node(id) finds a row in scope and answers null for one outside, exactly as for a missing id',
    async (role) => {
      const inside = [...expected[role]!.projects].slice(0, 5);
      const outside = [...expected.leader!.projects].filter((id) => !expected[role]!.projects.has(id)).slice(0, 5);
      const missing = gid('Project', 999999);
      const res = await gql(
        ctx.graphqlUrl,
        `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Project { name } } }`,
        { ids: [...inside, ...outside, missing] },
        tokens[role],
      );
      expect(res.errors).toBeUndefined();
      const got = res.data!.nodes as ({ id: string } | null)[];
      expect(got.slice(0, inside.length).map((n) => n?.id)).toEqual(inside);
      expect(got.slice(inside.length)).toEqual(Array(outside.length + 1).fill(null));
    },
  );

  it.each(ROLES)('%s: nested fields (units → projects, flags → project) stay within scope', async (role) => {
    const seen = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const res: any = await gql(
        ctx.graphqlUrl,
        `query($after: String) { units(first: 20, after: $after) { edges { node {
           projects(first: 100) { edges { node { id } } pageInfo { hasNextPage } } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        tokens[role],
      );
      expect(res.errors).toBeUndefined();
      for (const e of res.data.units.edges) {
        expect(e.node.projects.pageInfo.hasNextPage).toBe(false); // no demo unit has 100 projects
        for (const p of e.node.projects.edges) seen.add(p.node.id);
      }
      if (!res.data.units.pageInfo.hasNextPage) break;
      after = res.data.units.pageInfo.endCursor;
    }
    for (const id of seen) expect(expected[role]!.projects.has(id)).toBe(true);
    if (role !== 'agency-xinhe' && role !== 'sec-xc') expect(seen).toEqual(expected[role]!.projects);
    const flags: any = await gql(
      ctx.graphqlUrl,
      `{ flags(first: 100) { edges { node { project { id evaluations { id } } } } } }`,
      {},
      tokens[role],
    );
    for (const e of flags.data.flags.edges) {
      expect(expected[role]!.projects.has(e.node.project.id)).toBe(true);
      for (const ev of e.node.project.evaluations) expect(expected[role]!.evaluations.has(ev.id)).toBe(true);
    }
  });

  it.each(ROLES)('%s: aggregates count the whole portfolio, classified units included, never more', async (role) => {
    const res = await gql(ctx.graphqlUrl, `{ projectAggregate(groupBy: []) { projectCount } }`, {}, tokens[role]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.projectAggregate[0].projectCount).toBe(expected[role]!.portfolioCount);
  });
});
