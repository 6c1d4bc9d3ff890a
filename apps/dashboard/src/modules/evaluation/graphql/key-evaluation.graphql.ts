import { graphql } from '../../../generated';

/** A key evaluation as the performance section and the agency work on it. */
export const KEY_EVALUATION_FIELDS = graphql(`
  fragment WorkKeyEvaluationFields on Evaluation {
    id
    kind
    status
    version
    year
    budget
    score
    expertScore
    grade
    uncappedGrade
    cappedBecause {
      zh
      en
    }
    evaluatedOn
    reportName
    publishedOn
    caps {
      code
      applied
      zh
      en
    }
    findings {
      id
      category
      text
      suggestion
      upheld
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

/**
 * The key evaluations of a year in the viewer's scope: the county's for the performance section, its own
 * assignments for an agency (the server scopes the rows).
 */
export const KEY_EVALUATIONS = graphql(`
  query KeyEvaluations($year: Int!) {
    evaluations(first: 100, filter: { kind: KEY, year: $year }) {
      totalCount
      edges {
        node {
          ...WorkKeyEvaluationFields
        }
      }
    }
  }
`);

/** The year's rules: how many key evaluations the finance bureau runs at least. */
export const KEY_EVALUATION_RULES = graphql(`
  query KeyEvaluationRules($year: Int!) {
    ruleSet(year: $year) {
      rules
    }
  }
`);

/** The agencies to assign to, with their ratings (the latest is shown beside the name). */
export const KEY_EVALUATION_AGENCIES = graphql(`
  query KeyEvaluationAgencies {
    agencies {
      id
      code
      name
      ratings {
        id
        year
        rating
        score
        published
      }
    }
  }
`);

/** Projects of the year matching a search, with their evaluations (one with a key evaluation cannot get another). */
export const KEY_EVALUATION_CANDIDATES = graphql(`
  query KeyEvaluationCandidates($year: Int!, $search: String) {
    projects(first: 20, filter: { year: $year, search: $search }) {
      totalCount
      edges {
        node {
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
          }
        }
      }
    }
  }
`);

export const ASSIGN_KEY_EVALUATION = graphql(`
  mutation AssignKeyEvaluation($projectId: ID!, $agencyId: ID!) {
    assignKeyEvaluation(projectId: $projectId, agencyId: $agencyId) {
      ...WorkKeyEvaluationFields
    }
  }
`);

export const SUBMIT_KEY_EVALUATION = graphql(`
  mutation SubmitKeyEvaluation(
    $id: ID!
    $score: Float!
    $reportName: String!
    $findings: [FindingInput!]!
    $version: Int!
  ) {
    submitKeyEvaluation(id: $id, score: $score, reportName: $reportName, findings: $findings, version: $version) {
      ...WorkKeyEvaluationFields
    }
  }
`);

export const FINALIZE_EVALUATION = graphql(`
  mutation FinalizeKeyEvaluation($id: ID!, $expertScore: Float, $version: Int!, $notUpheldFindingIds: [ID!]!) {
    finalizeEvaluation(
      id: $id
      expertScore: $expertScore
      version: $version
      notUpheldFindingIds: $notUpheldFindingIds
    ) {
      ...WorkKeyEvaluationFields
    }
  }
`);
