import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBiTokenOf, gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// The search filter ("名称或编码包含"): a project matches when its name or code holds the term, letters of
// either case alike. Since migration 1796601600000 the matches are found through a GIN index of the names' and
// codes' two-character pieces, and ILIKE decides among them. Every answer here is checked against the projects
// read from the database and matched in JavaScript, for terms picked from the demo's own names and codes:
// pieces of two to five characters, codes in upper case, terms whose pieces all occur in a name but not
// together, one character (no piece: searched row by row), the LIKE wildcards taken literally. The demo's
// few projects are read in full whichever way the planner goes; that the index itself answers rightly is
// tested in src/modules/filter/__tests__/search-bigrams.test.ts.

interface Row {
  id: number;
  code: string;
  name: string;
  unit_id: number;
  classified: boolean;
  year: number;
  fund_family: string;
  budget: string;
}

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const holds = (r: Row, term: string) =>
  r.name.toLowerCase().includes(term.toLowerCase()) || r.code.toLowerCase().includes(term.toLowerCase());
const byCode = (a: Row, b: Row) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id - b.id);

describe('project search (bigram index)', () => {
  const ctx = useServer({ JIXIAO_RATE_LIMIT: '100000' });
  const tokens: Record<string, string> = {};
  let db: pg.Client;
  let rows: Row[];
  let jyj: number;
  const terms: string[] = [];

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    rows = (
      await db.query(`SELECT p.id, p.code, p.name, p.unit_id, u.classified, p.year, p.fund_family, p.budget::text AS budget
                        FROM project p JOIN unit u ON u.id = p.unit_id`)
    ).rows;
    jyj = (await db.query(`SELECT id FROM unit WHERE code = 'jyj'`)).rows[0].id;
    for (const u of ['leader', 'unit-jyj']) tokens[u] = await login(ctx.graphqlUrl, u);
    tokens.bi = await demoBiTokenOf(ctx.databaseUrl);
    // Pieces of every 41st project's name (2 to 5 characters, from its start, middle and end) and of its code,
    // the code's in upper case.
    for (const r of rows.filter((_, i) => i % 41 === 0)) {
      const name = Array.from(r.name);
      for (const len of [2, 3, 5]) {
        for (const at of [0, Math.floor((name.length - len) / 2), name.length - len]) {
          if (at >= 0) terms.push(name.slice(at, at + len).join(''));
        }
      }
      terms.push(r.code.slice(0, 4).toUpperCase(), r.code.slice(-3));
    }
    terms.push('学校', '教育', '2020', '2320', '0230', 'zz', '校', 'j', '%', '_', '2023_', '年%', '）jyj');
  });
  afterAll(() => db?.end());

  /** The projects the viewer's search lists (all pages) and counts, and the ones it should. */
  async function compare(who: string, term: string, sees: (r: Row) => boolean) {
    const expected = rows.filter((r) => sees(r) && holds(r, term)).sort(byCode);
    const listed: number[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const res: any = await gql(
        ctx.graphqlUrl,
        `query($f: ProjectFilter, $a: String) { projects(first: 100, after: $a, filter: $f) {
           totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { f: { search: term }, a: after },
        tokens[who],
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      total = res.data.projects.totalCount;
      listed.push(...res.data.projects.edges.map((e: any) => e.node.id));
      after = res.data.projects.pageInfo.hasNextPage ? res.data.projects.pageInfo.endCursor : null;
    } while (after);
    expect({ term, listed }).toEqual({ term, listed: expected.map((r) => gid('Project', r.id)) });
    expect({ term, total }).toEqual({ term, total: expected.length });
    return expected.length;
  }

  it('lists and counts, for the leader, exactly the projects whose name or code holds the term', async () => {
    expect(terms.length).toBeGreaterThan(100);
    let found = 0;
    for (const term of terms) if ((await compare('leader', term, () => true)) > 0) found++;
    // Most terms are pieces of real names: the comparison is not of empty lists.
    expect(found).toBeGreaterThan(terms.length * 0.8);
  });

  it('within a unit’s own projects, and without classified units’ for a BI token', async () => {
    for (const term of terms.filter((_, i) => i % 3 === 0)) {
      await compare('unit-jyj', term, (r) => r.unit_id === jyj);
      await compare('bi', term, (r) => !r.classified);
    }
  });

  it('narrows the aggregate by fund family to the same projects, to the fen', async () => {
    const of2023 = rows.filter((r) => r.year === 2023);
    const pieces = [7, 101, 202].map((i) =>
      Array.from(of2023[i % of2023.length]!.name)
        .slice(5, 7)
        .join(''),
    );
    for (const term of ['2023-JYJ', ...pieces]) {
      const res: any = await gql(
        ctx.graphqlUrl,
        `query($f: AggregateFilter) { projectAggregate(groupBy: [FUND_FAMILY], filter: $f) { keys { key } projectCount budget } }`,
        { f: { year: 2023, search: term } },
        tokens.leader,
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const matching = rows.filter((r) => r.year === 2023 && holds(r, term));
      expect(matching.length).toBeGreaterThan(0);
      const families = [...new Set(matching.map((r) => r.fund_family))].sort();
      const api = res.data.projectAggregate
        .map((a: any) => ({ family: a.keys[0].key, n: a.projectCount, budget: a.budget }))
        .sort((a: any, b: any) => (a.family < b.family ? -1 : 1));
      const fen = (yuan: string) => {
        const [whole, frac = ''] = yuan.split('.');
        return BigInt(whole!) * 100n + BigInt((frac + '00').slice(0, 2));
      };
      expect(
        api.map((a: any) => ({ family: a.family, n: a.n, fen: fen(a.budget) })),
        term,
      ).toEqual(
        families.map((family) => {
          const of = matching.filter((r) => r.fund_family === family);
          return { family, n: of.length, fen: of.reduce((s, r) => s + fen(r.budget), 0n) };
        }),
      );
    }
  });
});
