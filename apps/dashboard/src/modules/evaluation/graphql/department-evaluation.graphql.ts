import { graphql } from '../../../generated';

export const DEPARTMENT_EVALUATION_FIELDS = graphql(`
  fragment WorkDepartmentEvaluationFields on Evaluation {
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
    evaluatedOn
    explanation
  }
`);

/**
 * The unit's projects of a year with approved targets (the only ones the coverage counts, so the only
 * ones to pick), each with its evaluations, and the year's rules (the minimum share to cover).
 */
export const DEPARTMENT_EVALUATION_PROJECTS = graphql(`
  query DepartmentEvaluationProjects($year: Int!) {
    projects(first: 100, filter: { year: $year, targetStatus: APPROVED }) {
      totalCount
      edges {
        node {
          id
          code
          name
          budget
          isKey
          kind
          targetStatus
          evaluations {
            ...WorkDepartmentEvaluationFields
          }
        }
      }
    }
    ruleSet(year: $year) {
      rules
    }
  }
`);

/**
 * The unit's department evaluations still to record, whatever the year: the to-do counts them all, and the
 * tab shows one year, so it points to the other years that have some.
 */
export const DEPARTMENT_EVALUATIONS_TO_RECORD = graphql(`
  query DepartmentEvaluationsToRecord {
    evaluations(first: 100, filter: { kind: DEPARTMENT, status: DRAFT }) {
      totalCount
      edges {
        node {
          id
          year
        }
      }
    }
  }
`);

/** What a selection covers of the unit's project budget, asked again as the unit picks. */
export const DEPARTMENT_EVALUATION_COVERAGE = graphql(`
  query DepartmentEvaluationCoverage($year: Int!, $projectIds: [ID!]!) {
    departmentEvaluationCoverage(year: $year, projectIds: $projectIds) {
      meets
      selectedBudget
      unitBudget
      share
      shortfall
    }
  }
`);

export const SELECT_DEPARTMENT_EVALUATIONS = graphql(`
  mutation SelectDepartmentEvaluations($year: Int!, $projectIds: [ID!]!) {
    selectDepartmentEvaluations(year: $year, projectIds: $projectIds) {
      ...WorkDepartmentEvaluationFields
      project {
        id
      }
    }
  }
`);

export const RECORD_DEPARTMENT_EVALUATION = graphql(`
  mutation RecordDepartmentEvaluation($id: ID!, $score: Float!, $explanation: String!, $version: Int!) {
    recordDepartmentEvaluation(id: $id, score: $score, explanation: $explanation, version: $version) {
      ...WorkDepartmentEvaluationFields
      caps {
        code
        applied
        zh
        en
      }
      project {
        id
      }
    }
  }
`);
