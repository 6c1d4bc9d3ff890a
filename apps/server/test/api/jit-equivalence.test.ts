import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login, startServerProcess, type ServerProcess } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Queries run compiled by graphql-jit (jit-executor.ts); JIXIAO_GRAPHQL_JIT=false runs them by graphql-js. Both
// servers on one database must answer every query below byte for byte alike: data, nulls, errors with their
// paths, locations and codes, aliases, fragments, @skip/@include, variables and their defaults, abstract types.

// One secret for both, so that one login's token is good on either.
const JIXIAO_SECRET = randomBytes(32).toString('hex');
const ctx = useServer({ JIXIAO_SECRET });
let plain: ServerProcess;
beforeAll(async () => {
  plain = await startServerProcess({
    databaseUrl: ctx.databaseUrl,
    env: { JIXIAO_SECRET, JIXIAO_GRAPHQL_JIT: 'false' },
  });
});
afterAll(async () => {
  await plain?.stop();
});

const PORTFOLIO = `query Portfolio($first: Int = 3, $withReport: Boolean!) {
  sections { id code name
    units(first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code name
      projects(year: 2023, first: $first) { pageInfo { hasNextPage endCursor }
        edges { cursor node { id code name budget fundFamily
          latestReport @include(if: $withReport) { executed executionRate status }
          ...Flags } } } } } } } }
fragment Flags on Project { flags { id level status raisedAt { id month } } }`;

const NODES = `query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id
    ... on Project { code budget unit { code } }
    ... on Unit { code name }
    ... on Section { code }
  } }`;

const FIGURES = `query Figures($year: Int!) {
  total: executionSummary(year: $year, month: 6, groupBy: TOTAL) { key label budget executed executionRate }
  bySection: executionSummary(year: $year, month: 6, groupBy: SECTION) {
    key code label projectCount budget executed executionRate }
  grades: gradeDistribution(year: $year, kind: SELF) { total budget buckets { grade count share } }
  flags: flagSummary(year: $year, month: 8) { yellow red closed newYellow escalatedToRed }
  years { today currentYear }
  me { username role }
}`;

/** Errors inside nested fields: a bad argument, a refused field, a node the viewer may not see. */
const ERRORS = `query Errors {
  me { username }
  bad: projects(first: 2, after: "not-a-cursor") { totalCount }
  refused: users { totalCount }
  ok: projects(first: 1) { edges { node { code } } }
}`;

const SKIP = `query Skip($skip: Boolean = true) {
  me { username @skip(if: $skip) role ... @include(if: false) { displayName } }
  years { currentYear @skip(if: false) }
}`;

async function both(query: string, variables: Record<string, unknown>, token: string | undefined) {
  const [jit, js] = await Promise.all([
    gql(ctx.graphqlUrl, query, variables, token),
    gql(plain.graphqlUrl, query, variables, token),
  ]);
  // The request id differs by design; everything else must not.
  const scrub = (r: unknown) => JSON.parse(JSON.stringify(r).replace(/"requestId":"[^"]+"/g, '"requestId":"-"'));
  return { jit: scrub(jit), js: scrub(js) };
}

describe('graphql-jit answers as graphql-js does', () => {
  const viewers = ['leader', 'pes', 'sec-jkw', 'unit-wjw', 'prefecture'] as const;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    for (const v of viewers) tokens[v] = await login(ctx.graphqlUrl, v);
  });

  it.each(viewers)('the portfolio shape (nested connections, fragments, @include) for %s', async (v) => {
    for (const withReport of [true, false]) {
      const { jit, js } = await both(PORTFOLIO, { withReport }, tokens[v]);
      expect(jit).toEqual(js);
      expect(JSON.stringify(jit.data).includes('"latestReport"')).toBe(withReport);
    }
  });

  it.each(viewers)('figures, aliases and variables for %s', async (v) => {
    const { jit, js } = await both(FIGURES, { year: 2023 }, tokens[v]);
    expect(jit).toEqual(js);
    expect(jit.data?.total).toHaveLength(1);
  });

  it('abstract types through nodes(ids:), visible and not', async () => {
    const ids = (
      await both(`{ projects(first: 3) { edges { node { id unit { id section { id } } } } } }`, {}, tokens.leader)
    ).jit.data.projects.edges.flatMap((e: any) => [e.node.id, e.node.unit.id, e.node.unit.section.id]);
    for (const v of viewers) {
      const { jit, js } = await both(NODES, { ids }, tokens[v]);
      expect(jit).toEqual(js);
    }
    expect((await both(NODES, { ids }, tokens.leader)).jit.data.nodes.map((n: any) => n.__typename)).toEqual([
      'Project',
      'Unit',
      'Section',
      'Project',
      'Unit',
      'Section',
      'Project',
      'Unit',
      'Section',
    ]);
  });

  it('errors in nested fields: the same messages, codes, paths and locations, and the same partial data', async () => {
    for (const v of ['unit-wjw', 'leader']) {
      const { jit, js } = await both(ERRORS, {}, tokens[v]);
      expect(jit).toEqual(js);
      expect(jit.errors?.length).toBeGreaterThan(0);
      expect(jit.errors![0]).toHaveProperty('path');
      expect(jit.errors![0]).toHaveProperty('locations');
    }
  });

  it('@skip/@include with defaults, and variables that do not coerce', async () => {
    for (const variables of [{}, { skip: false }]) {
      const { jit, js } = await both(SKIP, variables, tokens.pes);
      expect(jit).toEqual(js);
    }
    const bad = await both(FIGURES, { year: 'twenty' }, tokens.pes);
    expect(bad.jit).toEqual(bad.js);
    expect(bad.jit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('anonymous: the same refusal', async () => {
    const { jit, js } = await both(FIGURES, { year: 2023 }, undefined);
    expect(jit).toEqual(js);
    expect(jit.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
