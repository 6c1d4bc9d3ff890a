import { graphql } from '../../../generated';

export const OVERVIEW_TARGETS = graphql(`
  query OverviewTargets($year: Int!) {
    targetSummary(year: $year) {
      projectCount
      budget
      annualBudgetProjectCount
      annualBudget
    }
  }
`);
