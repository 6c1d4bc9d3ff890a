import { graphql } from '../../../generated';

export const FLAG_FIGURES = graphql(`
  fragment FlagFigures on FlagSummary {
    yellow
    red
    newYellow
    escalatedToRed
    closed
  }
`);

export const OVERVIEW_FLAGS = graphql(`
  query OverviewFlags($year: Int!, $firstMonth: Int!, $secondMonth: Int!, $filter: AnalyticsFilter) {
    first: flagSummary(year: $year, month: $firstMonth, filter: $filter) {
      ...FlagFigures
    }
    second: flagSummary(year: $year, month: $secondMonth, filter: $filter) {
      ...FlagFigures
    }
  }
`);
