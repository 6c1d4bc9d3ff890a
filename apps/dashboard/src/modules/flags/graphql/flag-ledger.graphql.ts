import { graphql } from '../../../generated';

export const FLAG_ROW = graphql(`
  fragment FlagRow on Flag {
    id
    level
    status
    deadline
    closedOn
    daysOverdue
    ownerName
    proposedReduction
    raisedAt {
      year
      month
    }
    escalatedAt {
      month
    }
    project {
      id
      code
      name
      fundFamily
      unit {
        id
        name
        section {
          id
          name
        }
      }
    }
  }
`);

/** The flag ledger, deadline first (the API's order). */
export const FLAG_LEDGER = graphql(`
  query FlagLedger($first: Int!, $after: String, $filter: FlagFilter) {
    flags(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FlagRow
        }
      }
    }
  }
`);
