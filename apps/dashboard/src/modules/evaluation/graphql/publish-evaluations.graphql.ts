import { graphql } from '../../../generated';

/** A final evaluation as listed for publishing (any kind: self, department, key, unit-wide). */
export const PUBLISH_ROW_FIELDS = graphql(`
  fragment WorkPublishRowFields on Evaluation {
    id
    kind
    year
    score
    expertScore
    grade
    evaluatedOn
    publishedOn
    project {
      id
      code
      name
    }
    unit {
      id
      name
      classified
    }
  }
`);

/** A page of the year's evaluations, published or not yet. */
export const PUBLISH_EVALUATIONS_PAGE = graphql(`
  query PublishEvaluationsPage($year: Int!, $published: Boolean!, $first: Int!, $after: String) {
    evaluations(first: $first, after: $after, filter: { year: $year, status: FINAL, published: $published }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WorkPublishRowFields
        }
      }
    }
  }
`);

export const PUBLISH_EVALUATIONS = graphql(`
  mutation PublishEvaluations($evaluationIds: [ID!]!) {
    publishEvaluations(evaluationIds: $evaluationIds)
  }
`);
