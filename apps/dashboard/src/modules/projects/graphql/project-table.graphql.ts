import { graphql } from '../../../generated';

/** What a row of a project table shows: targets, checkpoint results, open flags and grades. */
export const PROJECT_ROW = graphql(`
  fragment ProjectRow on Project {
    id
    code
    name
    year
    budget
    fundFamily
    isKey
    kind
    targetStatus
    unit {
      id
      name
    }
    indicators {
      id
    }
    monitoringReports {
      id
      checkpoint {
        month
      }
      budget
      executed
      executionRate
      failed
    }
    flags {
      id
      level
      status
      deadline
      daysOverdue
    }
    evaluations {
      id
      kind
      grade
      score
    }
  }
`);

export const PROJECT_TABLE = graphql(`
  query ProjectTable($first: Int!, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {
    projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProjectRow
        }
      }
    }
  }
`);

/** Units the viewer may filter by (within a section when one is given). */
export const UNIT_OPTIONS = graphql(`
  query UnitOptions($sectionId: ID) {
    units(first: 100, filter: { sectionId: $sectionId }) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);
