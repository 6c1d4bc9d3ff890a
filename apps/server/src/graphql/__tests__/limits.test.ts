import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BI_LIMITS,
  PERSON_LIMITS,
  countTokens,
  exceededLimit,
  isTokenLimitError,
  limitsFor,
  measureOperation,
  queryTooComplex,
  type OperationMeasures,
} from '../limits.js';

// A synthetic schema with what the real one is growing into: connections, nested lists, a self-reference, a union.
const schema = buildSchema(`
  type Query {
    me: User!
    node(id: ID!): Node
    projects(first: Int, after: String): ProjectConnection!
    regions: [Region!]!
    search(first: Int = 25): [SearchResult!]!
    version: String!
  }
  interface Node { id: ID! }
  type User implements Node { id: ID! name: String! projects(first: Int): ProjectConnection! }
  type ProjectConnection { edges: [ProjectEdge!]! nodes: [Project!]! pageInfo: PageInfo! totalCount: Int! }
  type ProjectEdge { cursor: String! node: Project! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Project implements Node { id: ID! name: String! tags: [String!]! unit: Unit! indicators(first: Int): [Indicator!]! }
  type Indicator { id: ID! name: String! }
  type Unit implements Node { id: ID! name: String! parent: Unit }
  type Region { id: ID! name: String! units: [Unit!]! }
  union SearchResult = Project | Unit
`);

function measure(query: string, variables: Record<string, unknown> = {}): OperationMeasures {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  return measureOperation(schema, document, getOperationAST(document)!, variables);
}

/** `{ node { ... on Project { unit { parent { … { id } } } } } }`, exactly `levels` fields deep. */
function unitChain(levels: number): string {
  const parents = levels - 3;
  return `{ node(id: "1") { ... on Project { unit { ${'parent { '.repeat(parents)}id${' }'.repeat(parents)} } } } }`;
}

describe('measureOperation: cost', () => {
  it.each([
    ['costs nothing for __typename', '{ __typename }', {}, 0],
    ['costs nothing for a scalar root field', '{ version }', {}, 0],
    ['costs 1 for one object with scalars', '{ me { id name } }', {}, 1],
    ['counts 10 items for a list without first', '{ regions { name } }', {}, 10],
    ['multiplies nested lists without first', '{ regions { units { id } } }', {}, 10 * (1 + 10)],
    [
      'counts first items of a connection, its nodes list not again',
      '{ projects(first: 50) { nodes { id } } }',
      {},
      50 * (1 + 1),
    ],
    ['counts 10 items when first is left out', '{ projects { totalCount } }', {}, 10],
    ['takes first from the variables', 'query ($n: Int) { projects(first: $n) { totalCount } }', { n: 100 }, 100],
    ['takes first from the variable default', 'query ($n: Int = 30) { projects(first: $n) { totalCount } }', {}, 30],
    [
      'prefers the request variable to its default',
      'query ($n: Int = 30) { projects(first: $n) { totalCount } }',
      { n: 7 },
      7,
    ],
    ['takes first from the argument default', '{ search { __typename } }', {}, 25],
    [
      'counts each connection page per parent item',
      '{ projects(first: 100) { edges { node { indicators(first: 100) { id } } } } }',
      {},
      100 * (1 + 1 + 1 + 100),
    ],
    [
      'expands a fragment where it is spread',
      '{ projects(first: 20) { nodes { ...P } } } fragment P on Project { unit { name } }',
      {},
      20 * (1 + 1 + 1),
    ],
    [
      'counts the fragment once per spread',
      '{ a: me { ...U } b: me { ...U } } fragment U on User { projects(first: 3) { totalCount } }',
      {},
      2 * (1 + 3),
    ],
    [
      'counts every branch of a union',
      '{ search(first: 5) { ... on Project { unit { id } } ... on Unit { parent { id } } } }',
      {},
      5 * (1 + 1 + 1),
    ],
    ['costs nothing for introspection', '{ __schema { types { name fields { name type { name } } } } }', {}, 0],
  ])('%s', (_name, query, variables, cost) => {
    expect(measure(query, variables).cost).toBe(cost);
  });

  it('measures a fragment spread 2^40 times without expanding it 2^40 times', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { me { id } }`;
    const document = parse(query);
    expect(measureOperation(schema, document, getOperationAST(document)!).cost).toBe(2 ** levels);
  });
});

describe('measureOperation: depth, aliases and introspection', () => {
  it.each([
    ['one level for __typename', '{ __typename }', 1],
    ['two levels for an object and its scalar', '{ me { name } }', 2],
    ['no level for a fragment', '{ me { ...U } } fragment U on User { name }', 2],
    ['no level for an inline fragment', '{ node(id: "1") { ... on User { name } } }', 2],
    ['10 levels for a chain of 10 fields', unitChain(10), 10],
    ['11 levels for a chain of 11 fields', unitChain(11), 11],
    [
      'one level for an introspection query of any nesting',
      '{ __schema { types { fields { type { ofType { name } } } } } }',
      1,
    ],
  ])('counts %s', (_name, query, depth) => {
    expect(measure(query).depth).toBe(depth);
  });

  it.each([
    ['none without aliases', '{ me { name } }', 0],
    ['each aliased field, at every level', '{ a: me { name } b: me { n: name } }', 3],
    [
      'a fragment’s aliases once per spread',
      '{ a: me { ...F } b: me { ...F } } fragment F on User { x: name y: id }',
      2 + 2 * 2,
    ],
    ['aliases inside introspection', '{ s: __schema { t: types { name } } }', 2],
  ])('counts %s', (_name, query, aliases) => {
    expect(measure(query).aliases).toBe(aliases);
  });

  it.each([
    ['__schema', '{ __schema { queryType { name } } }', true],
    ['__type', '{ __type(name: "User") { name } }', true],
    ['__schema in a fragment', '{ ...I } fragment I on Query { __schema { types { name } } }', true],
    ['__typename alone', '{ __typename me { __typename } }', false],
  ])('tells whether %s is introspection', (_name, query, introspection) => {
    expect(measure(query).introspection).toBe(introspection);
  });
});

describe('exceededLimit', () => {
  const ok: OperationMeasures = { depth: 10, aliases: 20, cost: 10_000, introspection: false };
  it.each([
    ['nothing at the limits', ok, PERSON_LIMITS, null],
    ['depth 11 of 10', { ...ok, depth: 11 }, PERSON_LIMITS, { measure: 'depth', requested: 11, limit: 10 }],
    ['21 aliases of 20', { ...ok, aliases: 21 }, PERSON_LIMITS, { measure: 'aliases', requested: 21, limit: 20 }],
    [
      'cost 10,001 of a person’s 10,000',
      { ...ok, cost: 10_001 },
      PERSON_LIMITS,
      { measure: 'cost', requested: 10_001, limit: 10_000 },
    ],
    ['nothing for cost 10,001 with a BI token', { ...ok, cost: 10_001 }, BI_LIMITS, null],
    [
      'cost 100,001 of a BI token’s 100,000',
      { ...ok, cost: 100_001 },
      BI_LIMITS,
      { measure: 'cost', requested: 100_001, limit: 100_000 },
    ],
    [
      'depth first when several are over',
      { depth: 12, aliases: 30, cost: 1e6, introspection: false },
      PERSON_LIMITS,
      { measure: 'depth', requested: 12, limit: 10 },
    ],
  ])('reports %s', (_name, measures, limits, expected) => {
    expect(exceededLimit(measures, limits)).toEqual(expected);
  });

  it.each([
    ['a person', { tokenId: null }, PERSON_LIMITS],
    ['nobody', null, PERSON_LIMITS],
    ['a BI token', { tokenId: 7 }, BI_LIMITS],
  ])('gives %s its limits', (_name, viewer, limits) => {
    expect(limitsFor(viewer)).toBe(limits);
  });
});

describe('queryTooComplex', () => {
  it.each([
    ['depth', /嵌套 11 层.*上限 10 层 \/ The operation is 11 levels deep, over the limit of 10/],
    ['aliases', /11 个别名.*上限 10 个 \/ The operation uses 11 aliases, over the limit of 10/],
    ['tokens', /11 个词法单元.*上限 10 个 \/ The operation has 11 tokens, over the limit of 10/],
    ['cost', /成本 11，超过上限 10 \/ The operation costs 11, over the limit of 10/],
  ] as const)('names the %s limit, the number and the limit in Chinese and English', (measure, message) => {
    const error = queryTooComplex({ measure, requested: 11, limit: 10 });
    expect(error.message).toMatch(message);
    expect(error.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      measure,
      requested: 11,
      limit: 10,
      http: { status: 400 },
    });
  });
});

describe('tokens', () => {
  it.each([
    ['a small operation', '{ me { name } }', 6],
    ['without comments', '# who am I\n{ me { name } }', 6],
    ['arguments and punctuation', 'query ($n: Int) { projects(first: $n) { totalCount } }', 19],
  ])('counts the tokens of %s as the parser does', (_name, source, tokens) => {
    expect(countTokens(source)).toBe(tokens);
    expect(() => parse(source, { maxTokens: tokens })).not.toThrow();
    expect(() => parse(source, { maxTokens: tokens - 1 })).toThrow();
  });

  it('stops counting at stopAt', () => {
    expect(countTokens(`{ ${'a '.repeat(1000)}}`, 50)).toBe(50);
  });

  it.each([
    ['the parser’s token limit', () => parse('{ me { name } }', { maxTokens: 3 }), true],
    ['another syntax error', () => parse('{ me { name }'), false],
  ])('recognises %s', (_name, run, expected) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(isTokenLimitError(error)).toBe(expected);
  });
});
