import { graphql } from '../../../generated';

// The cockpit's rankings and cut figures (issue 15 §1): every figure is the server's.

export const COCKPIT_RANKINGS = graphql(`
  query CockpitRankings($year: Int!, $month: Int!, $first: Int!, $filter: AnalyticsFilter) {
    units: executionLagRanking(year: $year, month: $month, by: UNIT, first: $first, filter: $filter) {
      ...ExecutionLagRankingFields
    }
    projects: executionLagRanking(year: $year, month: $month, by: PROJECT, first: $first, filter: $filter) {
      ...ExecutionLagRankingFields
    }
  }
`);

export const OVERDUE_RANKING = graphql(`
  query OverdueRanking($year: Int!, $first: Int!, $filter: AnalyticsFilter) {
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
      }
    }
  }
`);

export const EXECUTION_LAG_RANKING_FIELDS = graphql(`
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
    }
  }
`);

export const COCKPIT_CUTS = graphql(`
  query CockpitCuts($year: Int!, $first: Int!, $filter: AnalyticsFilter) {
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
      }
    }
  }
`);

export const CUT_TOTALS = graphql(`
  query CutTotals($year: Int!, $filter: AnalyticsFilter) {
    bySection: resultApplicationByGroup(year: $year, groupBy: SECTION, filter: $filter) {
      ...CutGroupFields
    }
    byUnit: resultApplicationByGroup(year: $year, groupBy: UNIT, filter: $filter) {
      ...CutGroupFields
    }
  }
`);

export const CUT_GROUP_FIELDS = graphql(`
  fragment CutGroupFields on CutGroupRow {
    key
    label
    projectCount
    proposedCut
    decidedCount
    acceptedCut
  }
`);
