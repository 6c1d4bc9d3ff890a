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
    executed
    evaluatedOn
    rectificationRequired
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

export const PROPOSE_CUTS = graphql(`
  mutation ProposeCuts($year: Int!) {
    proposeCuts(year: $year)
  }
`);

export const CUT_PROJECT_FIELDS = graphql(`
  fragment WorkCutProjectFields on Project {
    id
    code
    name
    budget
    unit {
      id
      name
    }
    evaluations {
      id
      kind
      grade
      score
    }
    resultApplications {
      id
      status
      version
      grade
      baseBudget
      cutShare
      proposedCut
      acceptedCut
      reason
      targetYear
    }
  }
`);

/** The year's projects self-evaluated 中 or 差: the notification list, and the cuts proposed for them. */
export const CUT_PROJECTS = graphql(`
  query CutProjects($year: Int!, $classified: Boolean) {
    medium: projects(first: 100, filter: { year: $year, grade: MEDIUM, classified: $classified }) {
      totalCount
      edges {
        node {
          ...WorkCutProjectFields
        }
      }
    }
    poor: projects(first: 100, filter: { year: $year, grade: POOR, classified: $classified }) {
      totalCount
      edges {
        node {
          ...WorkCutProjectFields
        }
      }
    }
  }
`);

export const DECIDE_CUT = graphql(`
  mutation DecideCut($id: ID!, $version: Int!, $acceptedCut: Decimal!, $reason: String!) {
    decideCut(id: $id, version: $version, acceptedCut: $acceptedCut, reason: $reason) {
      id
      status
      version
      acceptedCut
      reason
    }
  }
`);
