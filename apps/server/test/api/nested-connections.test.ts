import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Section.units and Unit.projects are connections paged per parent in SQL: each parent's page is the
// oracle's (plain SQL over the same rows), cursors continue where the page ended, the row scope holds,
// and the section's portfolio page is one request of at most 4 statements.

const PAGE = `query($section: ID!, $units: Int!, $projects: Int!) {
  node(id: $section) { ... on Section { units(first: $units) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id code name classified
      projects(year: 2023, first: $projects) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id code budget latestReport { id executed checkpoint { month } } } } } } } } } } }`;

const UNIT_PROJECTS = `query($unit: ID!, $after: String, $year: Int) { node(id: $unit) { ... on Unit {
  projects(year: $year, first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id year code } } } } } }`;

const PORTFOLIO = `query($section: ID!) { node(id: $section) { ... on Section { name units(first: 50) { edges { node { code name
  projects(year: 2023, first: 20) { edges { node { code name budget fundFamily latestReport { executed executionRate status } } } } } } } } } }`;

describe('nested connections', () => {
  const ctx = useServer({ JIXIAO_DEBUG_SQL_COUNT: 'true' });
  let db: pg.Client;
  const tokens: Record<string, string> = {};
  const sectionOf = async (username: string) =>
    (await db.query(`SELECT section_id FROM app_user WHERE username = $1`, [username])).rows[0].section_id as number;

  /** The oracle: a section's units (classified ones only for `classified`), each with its 2023 projects and latest report. */
  async function oracle(sectionId: number, classified: boolean) {
    const units = (
      await db.query(
        `SELECT id, code, name, classified FROM unit WHERE supervising_section_id = $1 AND ($2 OR NOT classified) ORDER BY code, id`,
        [sectionId, classified],
      )
    ).rows;
    const out = [];
    for (const u of units) {
      const projects = (
        await db.query(
          `SELECT p.id, p.code, p.budget::text AS budget,
                  (SELECT r.id FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                    WHERE r.project_id = p.id ORDER BY c.period_end DESC, r.id DESC LIMIT 1) AS latest
             FROM project p WHERE p.unit_id = $1 AND p.year = 2023 ORDER BY p.code, p.id`,
          [u.id],
        )
      ).rows;
      out.push({ ...u, projects });
    }
    return out;
  }

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    for (const u of ['sec-jkw', 'sec-xzzf', 'leader']) tokens[u] = await login(ctx.graphqlUrl, u);
  });
  afterAll(() => db.end());

  it.each([
    ['sec-jkw', 'sec-jkw', false],
    ['leader', 'sec-xzzf', true],
  ] as const)(
    '%s: each unit of %s pages its own projects, as the SQL oracle does',
    async (viewer, owner, classified) => {
      const sectionId = await sectionOf(owner);
      const expected = await oracle(sectionId, classified);
      expect(expected.length).toBeGreaterThan(2);
      const res: any = await gql(
        ctx.graphqlUrl,
        PAGE,
        { section: toGlobalId('Section', sectionId), units: 50, projects: 2 },
        tokens[viewer],
      );
      expect(res.errors).toBeUndefined();
      const units = res.data.node.units;
      expect(units.totalCount).toBe(expected.length);
      expect(units.edges.map((e: any) => e.node.code)).toEqual(expected.map((u) => u.code));
      units.edges.forEach((e: any, i: number) => {
        const want = expected[i]!;
        const got = e.node.projects;
        expect(got.totalCount).toBe(want.projects.length);
        expect(got.pageInfo.hasNextPage).toBe(want.projects.length > 2);
        expect(
          got.edges.map((p: any) => [p.node.id, p.node.code, p.node.budget, p.node.latestReport?.id ?? null]),
        ).toEqual(
          want.projects
            .slice(0, 2)
            .map((p: any) => [
              toGlobalId('Project', p.id),
              p.code,
              p.budget,
              p.latest === null ? null : toGlobalId('MonitoringReport', p.latest),
            ]),
        );
      });
      if (classified) expect(expected.some((u) => u.classified)).toBe(true);
    },
  );

  it('the units page continues after its cursor, and a unit’s projects after theirs, to the end', async () => {
    const sectionId = await sectionOf('sec-jkw');
    const expected = await oracle(sectionId, false);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: any = await gql(
        ctx.graphqlUrl,
        `query($s: ID!, $after: String) { node(id: $s) { ... on Section { units(first: 2, after: $after) {
           pageInfo { hasNextPage endCursor } edges { node { code } } } } } }`,
        { s: toGlobalId('Section', sectionId), after },
        tokens['sec-jkw'],
      );
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.node.units.edges.map((e: any) => e.node.code));
      if (!res.data.node.units.pageInfo.hasNextPage) break;
      after = res.data.node.units.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((u) => u.code));

    // The unit with the most projects, every year: newest year first, then by code.
    const { rows } = await db.query(
      `SELECT p.unit_id, array_agg(p.id ORDER BY p.year DESC, p.code) AS ids FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE u.supervising_section_id = $1 AND NOT u.classified GROUP BY p.unit_id ORDER BY count(*) DESC, p.unit_id LIMIT 1`,
      [sectionId],
    );
    const ids: string[] = [];
    after = null;
    for (let i = 0; i < 100; i++) {
      const res: any = await gql(
        ctx.graphqlUrl,
        UNIT_PROJECTS,
        { unit: toGlobalId('Unit', rows[0].unit_id), after, year: null },
        tokens['sec-jkw'],
      );
      expect(res.errors).toBeUndefined();
      const page = res.data.node.projects;
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(rows[0].ids.length).toBeGreaterThan(3);
    expect(ids).toEqual(rows[0].ids.map((id: number) => toGlobalId('Project', id)));
  });

  it('every edge’s cursor, and the page’s start and end cursors, continue the list right after that edge', async () => {
    // Cursors are written only when a query reads them: each one read must still be its edge's.
    const sectionId = await sectionOf('sec-jkw');
    const { rows } = await db.query(
      `SELECT p.unit_id FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE u.supervising_section_id = $1 AND NOT u.classified AND p.year = 2023
        GROUP BY p.unit_id ORDER BY count(*) DESC, p.unit_id LIMIT 1`,
      [sectionId],
    );
    const lists: [string, string, Record<string, unknown>, (d: any) => any][] = [
      [
        'projects',
        `query($first: Int!, $after: String) { projects(first: $first, after: $after, filter: { year: 2023 }) {
           pageInfo { startCursor endCursor } edges { cursor node { id } } } }`,
        {},
        (d) => d.projects,
      ],
      [
        'a unit’s projects',
        `query($u: ID!, $first: Int!, $after: String) { node(id: $u) { ... on Unit { projects(year: 2023, first: $first, after: $after) {
           pageInfo { startCursor endCursor } edges { cursor node { id } } } } } }`,
        { u: toGlobalId('Unit', rows[0].unit_id) },
        (d) => d.node.projects,
      ],
      [
        'a section’s units',
        `query($s: ID!, $first: Int!, $after: String) { node(id: $s) { ... on Section { units(first: $first, after: $after) {
           pageInfo { startCursor endCursor } edges { cursor node { id } } } } } }`,
        { s: toGlobalId('Section', sectionId) },
        (d) => d.node.units,
      ],
    ];
    for (const [name, query, vars, pick] of lists) {
      const get = async (first: number, after: string | null) => {
        const res: any = await gql(ctx.graphqlUrl, query, { ...vars, first, after }, tokens['sec-jkw']);
        expect(res.errors, name).toBeUndefined();
        return pick(res.data);
      };
      const all = await get(50, null);
      const ids = all.edges.map((e: any) => e.node.id);
      expect(ids.length, name).toBeGreaterThanOrEqual(4);
      expect(all.pageInfo.startCursor, name).toBe(all.edges[0].cursor);
      expect(all.pageInfo.endCursor, name).toBe(all.edges.at(-1).cursor);
      for (let i = 0; i < Math.min(8, ids.length - 1); i++) {
        const next = await get(2, all.edges[i].cursor);
        expect(
          next.edges.map((e: any) => e.node.id),
          `${name} after edge ${i}`,
        ).toEqual(ids.slice(i + 1, i + 3));
      }
    }
  });

  it('the latest report read with a page of projects is the one read alone, every field of it', async () => {
    // A unit's page of projects brings each project's latest report in the same statement (columns beside the
    // project's) and hands it to the report loader; a project's report asked elsewhere is read on its own.
    const REPORT = `id budget executed executionRate status failed notReported submittedOn reviewComment version
      failureReasons { code indicatorIndex } checkpoint { month } project { id }`;
    const nested: any = await gql(
      ctx.graphqlUrl,
      `query($s: ID!) { node(id: $s) { ... on Section { units(first: 20) { edges { node {
         projects(year: 2023, first: 10) { edges { node { id latestReport { ${REPORT} } } } } } } } } } }`,
      { s: toGlobalId('Section', await sectionOf('sec-jkw')) },
      tokens['sec-jkw'],
    );
    expect(nested.errors).toBeUndefined();
    const paged = new Map<string, unknown>();
    for (const u of nested.data.node.units.edges)
      for (const p of u.node.projects.edges) paged.set(p.node.id, p.node.latestReport);
    expect(paged.size).toBeGreaterThan(10);
    const alone: any = await gql(
      ctx.graphqlUrl,
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Project { id latestReport { ${REPORT} } } } }`,
      { ids: [...paged.keys()] },
      tokens['sec-jkw'],
    );
    expect(alone.errors).toBeUndefined();
    const reports = alone.data.nodes.map((n: any) => n.latestReport);
    expect(reports.filter((r: any) => r !== null).length).toBeGreaterThan(5);
    expect(reports.some((r: any) => r?.failureReasons.length > 0 || r?.reviewComment)).toBe(true);
    expect(new Map(alone.data.nodes.map((n: any) => [n.id, n.latestReport]))).toEqual(paged);
  });

  it('a count alone reads no page: projects { totalCount } is the count of the listed rows, one statement fewer', async () => {
    for (const [who, filter] of [
      ['leader', { year: 2023 }],
      ['sec-jkw', { year: 2023 }],
      ['leader', { year: 2023, fundFamily: 'GENERAL_PUBLIC' }],
      ['sec-jkw', { search: '学校' }],
    ] as const) {
      const run = (fields: string, after?: string) =>
        gql(
          ctx.graphqlUrl,
          `query($f: ProjectFilter, $after: String) { projects(first: 100, filter: $f, after: $after) { ${fields} } }`,
          { f: filter, after },
          tokens[who],
        ) as Promise<any>;
      const alone = await run('totalCount');
      const listed = await run('totalCount edges { node { id } } pageInfo { hasNextPage endCursor }');
      expect(alone.errors, who).toBeUndefined();
      expect(listed.errors, who).toBeUndefined();
      let n = listed.data.projects.edges.length;
      for (let page = listed.data.projects; page.pageInfo.hasNextPage;) {
        page = (await run('edges { node { id } } pageInfo { hasNextPage endCursor }', page.pageInfo.endCursor)).data
          .projects;
        n += page.edges.length;
      }
      expect(n, `${who} ${JSON.stringify(filter)}`).toBeGreaterThan(0);
      expect(alone.data.projects.totalCount, `${who} ${JSON.stringify(filter)}`).toBe(n);
      expect(listed.data.projects.totalCount).toBe(n);
      expect(alone.extensions.sqlStatements, who).toBe(listed.extensions.sqlStatements - 1);
      // The page info alone still reads the page.
      const info = await run('pageInfo { hasNextPage }');
      expect(info.data.projects.pageInfo.hasNextPage).toBe(n > 100);
    }
    // A bad cursor is refused whatever is asked.
    const bad: any = await gql(ctx.graphqlUrl, `{ projects(after: "nonsense") { totalCount } }`, {}, tokens.leader);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a section sees only its own units, under any section', async () => {
    const own = await sectionOf('sec-jkw');
    const other = await sectionOf('sec-xzzf');
    const res: any = await gql(
      ctx.graphqlUrl,
      PAGE,
      { section: toGlobalId('Section', other), units: 50, projects: 5 },
      tokens['sec-jkw'],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node.units).toMatchObject({ totalCount: 0, edges: [] });
    const mine: any = await gql(
      ctx.graphqlUrl,
      PAGE,
      { section: toGlobalId('Section', own), units: 50, projects: 5 },
      tokens['sec-jkw'],
    );
    expect(mine.data.node.units.edges.every((e: any) => e.node.classified === false)).toBe(true);
    expect(mine.data.node.units.totalCount).toBeGreaterThan(0);
  });

  it('a bad cursor is refused, naming the argument', async () => {
    const res: any = await gql(
      ctx.graphqlUrl,
      UNIT_PROJECTS,
      { unit: toGlobalId('Unit', 1), after: 'not-a-cursor', year: 2023 },
      tokens.leader,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('the portfolio page (units → 20 projects each → latest figures) is one request of at most 4 statements', async () => {
    const section = toGlobalId('Section', await sectionOf('sec-jkw'));
    await gql(ctx.graphqlUrl, PORTFOLIO, { section }, tokens['sec-jkw']);
    const res: any = await gql(ctx.graphqlUrl, PORTFOLIO, { section }, tokens['sec-jkw']);
    expect(res.errors).toBeUndefined();
    const rows = res.data.node.units.edges.flatMap((u: any) => u.node.projects.edges);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((p: any) => p.node.latestReport !== null)).toBe(true);
    expect(res.extensions.sqlStatements).toBeLessThanOrEqual(4);
  });

  it('the chase lists of every checkpoint come in one statement (and their counts in one more), as the oracle lists them', async () => {
    const query = (withList: boolean) =>
      `{ checkpoints(year: 2024) { id month scope ${
        withList ? 'missingReports(first: 3) { totalCount edges { node { code } } }' : ''
      } } }`;
    const base: any = await gql(ctx.graphqlUrl, query(false), {}, tokens.leader);
    const res: any = await gql(ctx.graphqlUrl, query(true), {}, tokens.leader);
    expect(res.errors).toBeUndefined();
    expect(res.data.checkpoints.length).toBeGreaterThan(1);
    expect(res.extensions.sqlStatements - base.extensions.sqlStatements).toBeLessThanOrEqual(2);
    for (const c of res.data.checkpoints) {
      const { rows } = await db.query(
        `SELECT p.code FROM monitoring_checkpoint c JOIN project p ON p.region_id = c.region_id AND p.year = c.year
          WHERE c.id = $1 AND c.scope = 'PROJECT' AND p.target_status = 'APPROVED' AND p.budgeted_on <= c.period_end
            AND NOT EXISTS (SELECT 1 FROM monitoring_report r WHERE r.project_id = p.id AND r.checkpoint_id = c.id AND r.status <> 'DRAFT')
          ORDER BY p.code, p.id`,
        [Number(Buffer.from(c.id, 'base64url').toString().split(':')[1])],
      );
      expect(c.missingReports.totalCount).toBe(rows.length);
      expect(c.missingReports.edges.map((e: any) => e.node.code)).toEqual(rows.slice(0, 3).map((r) => r.code));
    }
  });
});
