import { graphql } from '../../../generated';

export const UNIT_WIDE_FIELDS = graphql(`
  fragment WorkUnitWideFields on UnitWideTargets {
    id
    year
    unitName
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
    }
    flags {
      id
      level
      status
      deadline
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
