import { graphql } from '../../../generated';

/** Submitted self-evaluations of a budget year not yet confirmed: all, or those a fund section has (not) passed. */
export const SELF_EVALUATION_QUEUE = graphql(`
  query SelfEvaluationQueue($year: Int!, $fundReviewed: Boolean, $first: Int, $after: String) {
    evaluations(
      first: $first
      after: $after
      filter: {
        year: $year
        evaluationKind: SELF
        evaluationStatus: FINAL
        confirmed: false
        fundReviewed: $fundReviewed
      }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          score
          grade
          budget
          evaluatedOn
          fundReviewedOn
          project {
            id
            code
            name
            fundReviewRequired
            unit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CONFIRM_SELF_EVALUATION = graphql(`
  mutation ConfirmSelfEvaluation($id: ID!, $version: Int!) {
    confirmSelfEvaluation(id: $id, version: $version) {
      id
      version
      confirmedOn
    }
  }
`);

/** The year's key evaluations against the rule's minimum, as the server counts them. */
export const KEY_EVALUATION_SHORTFALL = graphql(`
  query KeyEvaluationShortfall {
    years {
      years {
        year
        keyEvaluationShortfall {
          required
          planned
        }
      }
    }
  }
`);
