import type { DataSource } from 'typeorm';
import { AnalyticsService } from '../modules/analytics/analytics.service.js';
import { projectAggregate, type AggregateDimension } from '../modules/analytics/project-aggregate.js';
import { executionLagRanking } from '../modules/analytics/rankings.js';
import type { Viewer } from '../modules/auth/index.js';
import { viewerTodos } from '../modules/calendar/index.js';
import { AggregateFilter, ProjectFilter, resolveFilter } from '../modules/filter/index.js';
import { CheckpointReader } from '../modules/monitoring/index.js';
import { ProjectReader } from '../modules/project/index.js';
import { overviewPage, type PageOperation } from './overview-page.js';

/**
 * The operations the bench times: the analytics contract and the projects connection, as GraphQL over
 * HTTP, each with the server's own builder of its SQL (`sql`), so EXPLAIN runs exactly what the server runs.
 */
export interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Calls the server's code that issues this operation's SQL, against a recording DataSource. */
  sql: (v: Viewer, db: DataSource) => Promise<unknown>;
  /** A whole page instead of one query: its operations, sent as a browser does (not EXPLAINed). */
  page?: PageOperation[];
}

const EXECUTION = `query Execution($year: Int!, $month: Int!, $groupBy: ExecutionGroupBy) {
  executionSummary(year: $year, month: $month, groupBy: $groupBy) { key label projectCount budget executed executionRate } }`;
const AGGREGATE = `query Aggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {
  projectAggregate(groupBy: $groupBy, filter: $filter) { keys { dimension key label } projectCount budget executed executionRate } }`;
export const PROJECTS = `query Projects($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {
  projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { id code name year budget fundFamily kind isKey targetStatus unit { id name } } }
    pageInfo { hasNextPage endCursor } } }`;
const PROJECT_COUNT = `query ProjectCount($filter: ProjectFilter) { projects(first: 1, filter: $filter) { totalCount } }`;

const analytics = (db: DataSource) => new AnalyticsService(db);

function aggregate(
  name: string,
  year: number,
  groupBy: AggregateDimension[],
  filter: Partial<AggregateFilter> = {},
): BenchQuery {
  const f = { year, ...filter };
  return {
    name,
    query: AGGREGATE,
    variables: { groupBy, filter: f },
    sql: async (v, db) =>
      projectAggregate(db, v, groupBy, await resolveFilter(db, v, Object.assign(new AggregateFilter(), f))),
  };
}

function projects(
  name: string,
  vars: {
    first?: number;
    after?: string;
    filter?: Partial<ProjectFilter>;
    orderBy?: { field: 'CODE' | 'NAME' | 'BUDGET' | 'YEAR'; direction: 'ASC' | 'DESC' };
  },
  count = false,
): BenchQuery {
  return {
    name,
    query: count ? PROJECT_COUNT : PROJECTS,
    variables: vars,
    sql: async (v, db) => {
      const filter = await resolveFilter(db, v, vars.filter ? Object.assign(new ProjectFilter(), vars.filter) : null);
      const page = await new ProjectReader(db, v).page(filter, vars.orderBy ?? null, vars.first ?? 20, vars.after);
      if (count) await page.count();
    },
  };
}

/**
 * The timed set, for one viewer; `deepCursor` is the cursor in the middle of the viewer's projects, `august` the
 * global id of an August checkpoint it sees (the cockpit's frozen figures).
 */
export function timedQueries(year: number, deepCursor: string | null, august: string | null = null): BenchQuery[] {
  const page = overviewPage(year, august);
  const execution = (groupBy: 'TOTAL' | 'FUND_FAMILY' | 'SECTION' | 'UNIT'): BenchQuery => ({
    name: `executionSummary ${groupBy}`,
    query: EXECUTION,
    variables: { year, month: 8, groupBy },
    sql: (v, db) => analytics(db).executionSummary(v, year, 8, groupBy),
  });
  return [
    {
      name: `overview page (${page.length} operations, 6 at a time)`,
      query: '',
      variables: {},
      page,
      sql: async () => {},
    },
    {
      name: 'targetSummary',
      query: `query T($year: Int!) { targetSummary(year: $year) { projectCount budget annualBudgetProjectCount annualBudget
        exAnteProjectCount exAnteBudget unitWideReviewedCount unitWideReturnedCount unitWideIssueCount } }`,
      variables: { year },
      sql: (v, db) => analytics(db).targetSummary(v, year),
    },
    execution('TOTAL'),
    execution('FUND_FAMILY'),
    execution('SECTION'),
    execution('UNIT'),
    {
      name: 'flagSummary',
      query: `query F($year: Int!) { flagSummary(year: $year, month: 8) { yellow red newYellow escalatedToRed closed } }`,
      variables: { year },
      sql: (v, db) => analytics(db).flagSummary(v, year, 8),
    },
    {
      name: 'gradeDistribution SELF',
      query: `query G($year: Int!) { gradeDistribution(year: $year, kind: SELF) { total budget findings buckets { grade count share } } }`,
      variables: { year },
      sql: (v, db) => analytics(db).gradeDistribution(v, year, 'SELF'),
    },
    // The cockpit's rankings of who is furthest behind at the August checkpoint (5 rows, as the cockpit asks).
    ...(['UNIT', 'PROJECT'] as const).map((by): BenchQuery => ({
      name: `executionLagRanking ${by}`,
      query: `query L($year: Int!, $by: ExecutionRankingBy!) { executionLagRanking(year: $year, month: 8, by: $by, first: 5) {
          elapsedShare totalCount rows { id name unitName budget executed gap } } }`,
      variables: { year, by },
      sql: async (v, db) => {
        try {
          await executionLagRanking(db, v, year, 8, by, 5, await resolveFilter(db, v, null));
        } catch (e) {
          // The recording database answers every statement with one empty row, which the ranking cannot read.
          if (!(e instanceof TypeError)) throw e;
        }
      },
    })),
    aggregate('projectAggregate [FUND_FAMILY]', year, ['FUND_FAMILY']),
    aggregate('projectAggregate [SECTION, GRADE]', year, ['SECTION', 'GRADE']),
    aggregate('projectAggregate [CHECKPOINT, FLAG_LEVEL]', year, ['CHECKPOINT', 'FLAG_LEVEL']),
    projects('projects first page (20)', { first: 20 }),
    ...(deepCursor ? [projects('projects deep page (middle, cursor)', { first: 20, after: deepCursor })] : []),
    projects('projects by budget desc (20)', { first: 20, orderBy: { field: 'BUDGET', direction: 'DESC' } }),
    projects('projects filter year+family+red flag', {
      first: 20,
      filter: { year, fundFamily: 'SPECIAL_BOND', flagLevel: 'RED' },
    }),
    projects('projects search "学校"', { first: 20, filter: { search: '学校' } }),
    projects('projects search "寄宿制学校"', { first: 20, filter: { search: '寄宿制学校' } }),
    projects('projects totalCount', { first: 1 }, true),
    // The work bench: the viewer's to-dos, and each checkpoint's chase list of reports still due.
    {
      name: 'todos',
      query: `query { todos { kind count overdue } }`,
      variables: {},
      sql: (v, db) => viewerTodos(db, v),
    },
    {
      name: 'checkpoints missingReports (20)',
      query: `query M($year: Int!) { checkpoints(year: $year) { month daysOverdue missingReports(first: 20) { totalCount edges { node { code } } } } }`,
      variables: { year },
      // As the API runs it: the checkpoints, then every chase list in one statement and their counts in one.
      sql: async (v, db) => {
        const reader = new CheckpointReader(db, v);
        const checkpoints = await reader.ofYear(year);
        const pages = await reader.missingReportsOfCheckpoints(
          checkpoints.map((c) => c.dbId),
          20,
          undefined,
        );
        await Promise.all(pages.map((page) => page.count()));
      },
    },
  ];
}

/** One operation of the BI load mix; `paged` ones carry each client's cursor from one call to the next. */
export interface LoadOp {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  paged?: boolean;
}

/** What a BI tool pulls in a loop: the contract, a page of projects (paging on), a pivot. */
export function biMix(year: number): LoadOp[] {
  return [
    {
      name: 'targetSummary',
      query: `query T($year: Int!) { targetSummary(year: $year) { projectCount budget annualBudget } }`,
      variables: { year },
    },
    { name: 'executionSummary FUND_FAMILY', query: EXECUTION, variables: { year, month: 8, groupBy: 'FUND_FAMILY' } },
    { name: 'projects(first: 100)', query: PROJECTS, variables: { first: 100, filter: { year } }, paged: true },
    {
      name: 'flagSummary',
      query: `query F($year: Int!) { flagSummary(year: $year, month: 8) { yellow red newYellow escalatedToRed closed } }`,
      variables: { year },
    },
    { name: 'executionSummary SECTION', query: EXECUTION, variables: { year, month: 5, groupBy: 'SECTION' } },
    {
      name: 'gradeDistribution',
      query: `query G($year: Int!) { gradeDistribution(year: $year, kind: SELF) { total budget buckets { grade count share } } }`,
      variables: { year },
    },
    {
      name: 'projectAggregate [FUND_FAMILY, SECTION]',
      query: AGGREGATE,
      variables: { groupBy: ['FUND_FAMILY', 'SECTION'], filter: { year } },
    },
  ];
}
