import { graphql } from '../../../generated';

export const UNIT_WIDE_FIELDS = graphql(`
  fragment WorkUnitWideFields on UnitWideTargets {
    id
    year
    unitName
    classified
    budget
    status
    selfScore
    selfExecuted
    selfSubmittedOn
    evaluationId
    version
    indicators {
      id
      templateId
      level1
      level2
      name
      comparator
      targetValue
      targetText
      unitOfMeasure
      weight
      isKey
    }
    reports {
      id
      checkpointId
      status
      executed
      failed
      failureReasons
      version
    }
    flags {
      id
      level
      status
      deadline
      version
    }
  }
`);

/** The unit's unit-wide performance of the year, and the year's checkpoints (the June one is unit-wide). */
export const UNIT_WIDE = graphql(`
  query WorkUnitWide($year: Int!) {
    unitWideTargets(year: $year) {
      ...WorkUnitWideFields
    }
    checkpoints(year: $year) {
      id
      month
      scope
      status
      reportDue
    }
  }
`);

export const SAVE_UNIT_WIDE = graphql(`
  mutation SaveUnitWideTargets($year: Int!, $budget: Decimal!, $indicators: [IndicatorDraftInput!]!, $version: Int!) {
    saveUnitWideTargets(year: $year, budget: $budget, indicators: $indicators, version: $version) {
      ...WorkUnitWideFields
    }
  }
`);

export const SUBMIT_UNIT_WIDE = graphql(`
  mutation SubmitUnitWideTargets($id: ID!, $version: Int!) {
    submitUnitWideTargets(id: $id, version: $version) {
      ...WorkUnitWideFields
    }
  }
`);

export const REPORT_UNIT_WIDE = graphql(`
  mutation ReportUnitWideMonitoring(
    $id: ID!
    $checkpointId: ID!
    $executed: Decimal!
    $actuals: [UnitWideActualInput!]!
    $version: Int!
  ) {
    reportUnitWideMonitoring(
      id: $id
      checkpointId: $checkpointId
      executed: $executed
      actuals: $actuals
      version: $version
    ) {
      ...WorkUnitWideFields
    }
  }
`);

export const SELF_EVALUATE_UNIT_WIDE = graphql(`
  mutation SubmitUnitWideSelfEvaluation($id: ID!, $input: UnitWideSelfInput!, $version: Int!) {
    submitUnitWideSelfEvaluation(id: $id, input: $input, version: $version) {
      ...WorkUnitWideFields
    }
  }
`);

/**
 * The units' unit-wide performance a section or the performance section works on, and the finance bureau's
 * unit-wide evaluations of the year (their score and the grade the rules gave).
 */
export const UNIT_WIDE_QUEUE = graphql(`
  query UnitWideQueue($year: Int!) {
    unitWideTargets(year: $year) {
      ...WorkUnitWideFields
    }
    evaluations(first: 100, filter: { year: $year, evaluationKind: UNIT_WIDE }) {
      edges {
        node {
          id
          score
          grade
          uncappedGrade
          cappedBecause {
            zh
            en
          }
        }
      }
    }
  }
`);

export const REVIEW_UNIT_WIDE_FIRST = graphql(`
  mutation ReviewUnitWideTargetsFirst($id: ID!, $approve: Boolean!, $comment: String!, $version: Int!) {
    reviewUnitWideTargetsFirst(id: $id, approve: $approve, comment: $comment, version: $version) {
      ...WorkUnitWideFields
    }
  }
`);

export const REVIEW_UNIT_WIDE = graphql(`
  mutation ReviewUnitWideTargets(
    $id: ID!
    $approve: Boolean!
    $score: Float
    $issueCount: Int
    $comment: String!
    $version: Int!
  ) {
    reviewUnitWideTargets(
      id: $id
      approve: $approve
      score: $score
      issueCount: $issueCount
      comment: $comment
      version: $version
    ) {
      ...WorkUnitWideFields
    }
  }
`);

export const CONFIRM_UNIT_WIDE_REPORT = graphql(`
  mutation ConfirmUnitWideReport($reportId: ID!, $version: Int!) {
    confirmUnitWideReport(reportId: $reportId, version: $version) {
      ...WorkUnitWideFields
    }
  }
`);

export const CLOSE_UNIT_WIDE_FLAG = graphql(`
  mutation CloseUnitWideFlag($flagId: ID!, $version: Int!) {
    closeUnitWideFlag(flagId: $flagId, version: $version) {
      ...WorkUnitWideFields
    }
  }
`);

export const EVALUATE_UNIT_WIDE = graphql(`
  mutation EvaluateUnitWide($id: ID!, $score: Decimal!, $version: Int!) {
    evaluateUnitWide(id: $id, score: $score, version: $version) {
      ...WorkUnitWideFields
    }
  }
`);
