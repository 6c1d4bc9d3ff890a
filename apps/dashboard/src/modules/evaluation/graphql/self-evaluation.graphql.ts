import { graphql } from '../../../generated';

export const SELF_EVALUATION_FIELDS = graphql(`
  fragment WorkSelfEvaluationFields on Evaluation {
    id
    kind
    status
    version
    score
    grade
    uncappedGrade
    cappedBecause {
      zh
      en
    }
    executed
    evaluatedOn
    rectificationRequired
    fundReviews {
      approved
      comment
      sectionName
      reviewedOn
    }
    caps {
      code
      applied
      zh
      en
    }
  }
`);

/**
 * The unit's projects of a year with their evaluations' grade (the self-evaluation picker); the caps come
 * with the submitted evaluation only, to keep the page under the API's cost limit.
 */
export const SELF_EVALUATION_PROJECTS = graphql(`
  query SelfEvaluationProjects($year: Int!) {
    projects(first: 100, filter: { year: $year }) {
      totalCount
      edges {
        node {
          id
          code
          name
          budget
          targetStatus
          evaluations {
            id
            kind
            status
            score
            grade
            rectificationRequired
          }
        }
      }
    }
  }
`);

export const SUBMIT_SELF_EVALUATION = graphql(`
  mutation SubmitSelfEvaluation($projectId: ID!, $input: SelfEvaluationInput!) {
    submitSelfEvaluation(projectId: $projectId, input: $input) {
      ...WorkSelfEvaluationFields
      project {
        id
      }
    }
  }
`);

/** Why a self-evaluation was sent back, when its fund-owning section returned it (asked only for a draft). */
export const SELF_EVALUATION_RETURN = graphql(`
  query SelfEvaluationReturn($id: ID!) {
    node(id: $id) {
      id
      ... on Evaluation {
        fundReviews {
          approved
          comment
          sectionName
          reviewedOn
        }
      }
    }
  }
`);
