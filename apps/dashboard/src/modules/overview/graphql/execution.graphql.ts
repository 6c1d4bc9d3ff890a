import { graphql } from '../../../generated';

// Two checkpoints ("双监控"): their months come from the rules of the year, as variables.

export const EXECUTION_FIGURES = graphql(`
  fragment ExecutionFigures on ExecutionRow {
    key
    label
    projectCount
    budget
    executed
    executionRate
  }
`);

export const OVERVIEW_CHECKPOINTS = graphql(`
  query OverviewCheckpoints($year: Int!, $firstMonth: Int!, $secondMonth: Int!) {
    first: executionSummary(year: $year, month: $firstMonth, groupBy: TOTAL) {
      ...ExecutionFigures
    }
    second: executionSummary(year: $year, month: $secondMonth, groupBy: TOTAL) {
      ...ExecutionFigures
    }
  }
`);

export const OVERVIEW_FUND_FAMILIES = graphql(`
  query OverviewFundFamilies($year: Int!, $firstMonth: Int!, $secondMonth: Int!) {
    first: executionSummary(year: $year, month: $firstMonth, groupBy: FUND_FAMILY) {
      ...ExecutionFigures
    }
    second: executionSummary(year: $year, month: $secondMonth, groupBy: FUND_FAMILY) {
      ...ExecutionFigures
    }
  }
`);
