import { graphql } from '../../../generated';

/**
 * The viewer's own agency (an agency sees only itself) with its ratings of every year, and the rules
 * whose weights split a rating into its four components.
 */
export const AGENCY_HOME = graphql(`
  query AgencyHome($ruleYear: Int!) {
    agencies {
      id
      name
      code
      creditCode
      ratings {
        id
        year
        score
        rating
        quantity
        quality
        effect
        satisfaction
        published
      }
    }
    ruleSet(year: $ruleYear) {
      rules
    }
  }
`);

export const EVALUATION_ROW = graphql(`
  fragment EvaluationRow on Evaluation {
    id
    kind
    year
    score
    expertScore
    grade
    uncappedGrade
    status
    evaluatedOn
    reportName
    budget
    caps {
      code
      zh
      en
      applied
    }
    findings {
      id
      text
    }
    project {
      id
      code
      name
      budget
    }
    unit {
      id
      name
    }
    agency {
      id
      name
    }
  }
`);

export const EVALUATION_LIST = graphql(`
  query EvaluationList($first: Int!, $after: String, $filter: EvaluationFilter) {
    evaluations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EvaluationRow
        }
      }
    }
  }
`);
