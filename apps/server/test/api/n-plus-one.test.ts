import { beforeAll, describe, expect, it } from 'vitest';
import { demoBiTokenOf, gql } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// A nested list of N parents costs a constant number of SQL statements (one DataLoader batch per relation).

const PROJECTS = `query($n: Int!) { projects(first: $n, filter: { year: 2023 }) { edges { node {
  id unit { name section { name } } indicators { name } flags { level events { kind } raisedAt { month } }
  evaluations { grade findings { text } } monitoringReports { executed checkpoint { month } indicatorActuals { actualValue indicator { name } } }
} } } }`;
const UNITS = `query($n: Int!) { units(first: $n) { edges { node { name section { name } projects(year: 2022, first: 20) { edges { node { code evaluations { grade agency { name } } latestReport { executed } } } } unitWideEvaluations { grade } } } } }`;

describe('N+1', () => {
  const ctx = useServer({ JIXIAO_DEBUG_SQL_COUNT: 'true' });
  let token: string;
  const cost = async (query: string, n: number) => {
    const res = await gql(ctx.graphqlUrl, query, { n }, token);
    expect(res.errors).toBeUndefined();
    return res.extensions!.sqlStatements as number;
  };

  beforeAll(async () => {
    // A BI token: its cost limit admits 100 parents with every relation below them.
    token = await demoBiTokenOf(ctx.databaseUrl);
  });

  it.each([
    ['projects with units, sections, indicators, flags, events, evaluations, findings, reports and actuals', PROJECTS],
    ['units with sections, projects of a year, their evaluations and agencies, and unit-wide evaluations', UNITS],
  ])('%s: 50 parents and 100 parents cost the same number of statements', async (_name, query) => {
    await cost(query, 1); // the first use of a token also records it (last used, audit)
    // 50 parents already reach every relation (an agency behind some evaluation, flags with events …).
    const few = await cost(query, 50);
    const many = await cost(query, 100);
    expect(many).toBe(few);
    expect(many).toBeLessThan(20);
  });
});
