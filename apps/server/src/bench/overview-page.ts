// The leader's cockpit (/overview) as the dashboard loads it: the operations its panels send, in parallel,
// captured from Chromium on the demo county (2026-12-07, dashboard of this commit) with the shell's own (Me,
// AppYears) left out. The bench times the page as one figure: from the first request to the last answer,
// six at a time as a browser sends them over HTTP/1.1 (issue 16 §2: the whole overview page ≤ 300 ms).
// When a panel's query changes in apps/dashboard, capture again: log the POST bodies to /graphql of a
// playwright page opening /overview?year=2023 as `leader`.

export interface PageOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The operations of the cockpit of `year`; `august` is the global id of the county's August checkpoint. */
export function overviewPage(year: number, august: string | null): PageOperation[] {
  const operations: PageOperation[] = [
    {
      name: 'KeyEvaluationShortfall',
      query: `query KeyEvaluationShortfall {
  years {
    years {
      year
      keyEvaluationShortfall {
        required
        planned
        __typename
      }
      __typename
    }
    __typename
  }
}`,
      variables: {},
    },
    {
      name: 'OverviewTargets',
      query: `query OverviewTargets($year: Int!, $filter: AnalyticsFilter) {
  targetSummary(year: $year, filter: $filter) {
    projectCount
    budget
    annualBudgetProjectCount
    annualBudget
    __typename
  }
}`,
      variables: { year: year, filter: null },
    },
    {
      name: 'OverviewAggregate',
      query: `query OverviewAggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {
  projectAggregate(groupBy: $groupBy, filter: $filter) {
    ...AggregateFigures
    __typename
  }
}

fragment AggregateFigures on AggregateRow {
  keys {
    dimension
    key
    label
    code
    regionCode
    __typename
  }
  projectCount
  budget
  executed
  executionRate
  __typename
}`,
      variables: {
        groupBy: ['CHECKPOINT'],
        filter: {
          year: null,
          fundFamily: null,
          sectionId: null,
          sectionCode: null,
          unitId: null,
          unitCode: null,
          checkpointMonth: null,
        },
      },
    },
    {
      name: 'OverviewFlags',
      query: `query OverviewFlags($year: Int!, $firstMonth: Int!, $secondMonth: Int!, $filter: AnalyticsFilter) {
  first: flagSummary(year: $year, month: $firstMonth, filter: $filter) {
    ...FlagFigures
    __typename
  }
  second: flagSummary(year: $year, month: $secondMonth, filter: $filter) {
    ...FlagFigures
    __typename
  }
}

fragment FlagFigures on FlagSummary {
  yellow
  red
  newYellow
  escalatedToRed
  closed
  __typename
}`,
      variables: { year: year, firstMonth: 5, secondMonth: 8, filter: null },
    },
    {
      name: 'OverviewGrades',
      query: `query OverviewGrades($year: Int!, $filter: AnalyticsFilter) {
  self: gradeDistribution(year: $year, kind: SELF, filter: $filter) {
    ...GradeFigures
    __typename
  }
  department: gradeDistribution(year: $year, kind: DEPARTMENT, filter: $filter) {
    ...GradeFigures
    __typename
  }
  key: gradeDistribution(year: $year, kind: KEY, filter: $filter) {
    ...GradeFigures
    __typename
  }
  unitWide: gradeDistribution(year: $year, kind: UNIT_WIDE, filter: $filter) {
    ...GradeFigures
    __typename
  }
}

fragment GradeFigures on GradeDistribution {
  total
  budget
  findings
  buckets {
    grade
    count
    share
    __typename
  }
  __typename
}`,
      variables: { year: year - 1, filter: null },
    },
    {
      name: 'OverviewAgencyRatings',
      query: `query OverviewAgencyRatings($year: Int!) {
  agencyRatings(year: $year) {
    ...AgencyRatingFigures
    __typename
  }
  ruleSet(year: $year) {
    year
    rules
    __typename
  }
}

fragment AgencyRatingFigures on AgencyRatingRow {
  agencyId
  agencyName
  score
  rating
  quantity
  quality
  effect
  satisfaction
  __typename
}`,
      variables: { year: year },
    },
    {
      name: 'OverviewAggregate',
      query: `query OverviewAggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {
  projectAggregate(groupBy: $groupBy, filter: $filter) {
    ...AggregateFigures
    __typename
  }
}

fragment AggregateFigures on AggregateRow {
  keys {
    dimension
    key
    label
    code
    regionCode
    __typename
  }
  projectCount
  budget
  executed
  executionRate
  __typename
}`,
      variables: {
        groupBy: ['CHECKPOINT', 'FUND_FAMILY'],
        filter: {
          year: year,
          fundFamily: null,
          sectionId: null,
          sectionCode: null,
          unitId: null,
          unitCode: null,
          checkpointMonth: null,
        },
      },
    },
    {
      name: 'OverviewAggregate',
      query: `query OverviewAggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {
  projectAggregate(groupBy: $groupBy, filter: $filter) {
    ...AggregateFigures
    __typename
  }
}

fragment AggregateFigures on AggregateRow {
  keys {
    dimension
    key
    label
    code
    regionCode
    __typename
  }
  projectCount
  budget
  executed
  executionRate
  __typename
}`,
      variables: {
        groupBy: ['CHECKPOINT', 'SECTION'],
        filter: {
          year: year,
          fundFamily: null,
          sectionId: null,
          sectionCode: null,
          unitId: null,
          unitCode: null,
          checkpointMonth: null,
        },
      },
    },
    {
      name: 'FrozenCheckpoints',
      query: `query FrozenCheckpoints($year: Int!) {
  checkpoints(year: $year) {
    id
    month
    scope
    frozenAt
    __typename
  }
}`,
      variables: { year: year },
    },
    {
      name: 'CockpitRankings',
      query: `query CockpitRankings($year: Int!, $month: Int!, $first: Int!, $filter: AnalyticsFilter) {
  units: executionLagRanking(
    year: $year
    month: $month
    by: UNIT
    first: $first
    filter: $filter
  ) {
    ...ExecutionLagRankingFields
    __typename
  }
  projects: executionLagRanking(
    year: $year
    month: $month
    by: PROJECT
    first: $first
    filter: $filter
  ) {
    ...ExecutionLagRankingFields
    __typename
  }
}

fragment ExecutionLagRankingFields on ExecutionLagRanking {
  elapsedShare
  totalCount
  rows {
    id
    name
    code
    unitId
    unitName
    unitCode
    regionCode
    projectCount
    budget
    executed
    executionRate
    gap
    __typename
  }
  __typename
}`,
      variables: { year: year, month: 8, first: 5, filter: null },
    },
    {
      name: 'OverdueRanking',
      query: `query OverdueRanking($year: Int!, $first: Int!, $filter: AnalyticsFilter) {
  overdue: overdueFlagRanking(year: $year, first: $first, filter: $filter) {
    totalCount
    flagCount
    rows {
      unitId
      unitName
      unitCode
      regionCode
      flagCount
      redCount
      projectCount
      maxDaysOverdue
      __typename
    }
    __typename
  }
}`,
      variables: { year: year, first: 5, filter: null },
    },
    {
      name: 'CockpitCuts',
      query: `query CockpitCuts($year: Int!, $first: Int!, $filter: AnalyticsFilter) {
  resultApplicationSummary(year: $year, filter: $filter) {
    projectCount
    mediumCount
    poorCount
    proposedCut
    decidedCount
    acceptedCut
    targetYear
    targetYearBudget
    proposedShare
    acceptedShare
    recallCount
    recallProposed
    recallDecidedCount
    recallDecided
    __typename
  }
  cutProjectRanking(year: $year, first: $first, filter: $filter) {
    totalCount
    mediumCount
    poorCount
    rows {
      projectId
      code
      name
      unitName
      grade
      score
      budget
      proposedCut
      acceptedCut
      cutStatus
      __typename
    }
    __typename
  }
}`,
      variables: { year: year - 1, first: 8, filter: null },
    },
    {
      name: 'OverviewDeadlines',
      query: `query OverviewDeadlines($year: Int!) {
  deadlines(year: $year) {
    dueOn
    kind
    titleZh
    titleEn
    daysLeft
    checkpointMonth
    __typename
  }
}`,
      variables: { year: year },
    },
    {
      name: 'OverviewSections',
      query: `query OverviewSections {
  sections {
    id
    code
    regionCode
    name
    kind
    __typename
  }
}`,
      variables: {},
    },
    {
      name: 'FrozenFigures',
      query: `query FrozenFigures($year: Int!, $month: Int!, $checkpointId: ID!, $first: Int!) {
  frozenExecution: executionSummary(year: $year, month: $month, frozen: true) {
    projectCount
    executed
    executionRate
    __typename
  }
  liveExecution: executionSummary(year: $year, month: $month) {
    projectCount
    executed
    executionRate
    __typename
  }
  frozenFlags: flagSummary(year: $year, month: $month, frozen: true) {
    yellow
    red
    __typename
  }
  liveFlags: flagSummary(year: $year, month: $month) {
    yellow
    red
    __typename
  }
  changesSince(checkpointId: $checkpointId, first: $first) {
    totalCount
    edges {
      node {
        id
        at
        username
        action
        entity
        projectName
        before
        after
        __typename
      }
      __typename
    }
    __typename
  }
}`,
      variables: { year: year, month: 8, checkpointId: august, first: 8 },
    },
  ];
  // Frozen figures need the checkpoint's id; without one (no August checkpoint) the panel does not ask.
  return operations.filter((o) => o.name !== 'FrozenFigures' || august !== null);
}
