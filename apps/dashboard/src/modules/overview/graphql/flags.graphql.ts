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

/**
 * The flags of a scope narrowed by a self-evaluation grade, to count per checkpoint in the browser:
 * flagSummary's filter has no grade (nor does the ledger's filter have a fund family). At most a few hundred rows a year.
 */
export const OVERVIEW_FLAG_ROWS = graphql(`
  query OverviewFlagRows($first: Int!, $after: String, $filter: FlagFilter) {
    flags(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          level
          closedOn
          raisedAt {
            year
            month
            periodEnd
          }
          escalatedAt {
            month
            periodEnd
          }
          project {
            id
            fundFamily
            evaluations {
              kind
              grade
            }
          }
        }
      }
    }
  }
`);
