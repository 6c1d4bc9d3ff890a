import { graphql } from '../../../generated';

export const OVERVIEW_TARGETS = graphql(`
  query OverviewTargets($year: Int!, $filter: AnalyticsFilter) {
    targetSummary(year: $year, filter: $filter) {
      projectCount
      budget
      annualBudgetProjectCount
      annualBudget
    }
  }
`);
