import { graphql } from '../../../generated';

export const INDICATOR_DRAFT_FIELDS = graphql(`
  fragment WorkIndicatorDraftFields on IndicatorDraft {
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
`);

/** A request to change approved targets: at which checkpoint, why, the indicators before and after, the decision. */
export const TARGET_ADJUSTMENT_FIELDS = graphql(`
  fragment WorkTargetAdjustmentFields on TargetAdjustment {
    id
    status
    reason
    decisionComment
    requestedAt
    decidedOn
    version
    checkpoint {
      id
      month
      scope
    }
    before {
      ...WorkIndicatorDraftFields
    }
    proposed {
      ...WorkIndicatorDraftFields
    }
  }
`);

/** The unit's projects of a year with approved (locked) targets, their indicators and adjustment history. */
export const ADJUSTABLE_PROJECTS = graphql(`
  query AdjustableProjects($year: Int!, $first: Int, $after: String) {
    projects(first: $first, after: $after, filter: { year: $year, targetStatus: APPROVED }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          budget
          version
          targetStatus
          targetsPublishedOn
          year
          fundFamily
          indicators {
            id
            templateId
            transferIndicator {
              id
            }
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
          targetAdjustments {
            ...WorkTargetAdjustmentFields
          }
        }
      }
    }
  }
`);

/** The checkpoints of a year: an adjustment is requested at an open one. */
export const ADJUSTMENT_CHECKPOINTS = graphql(`
  query AdjustmentCheckpoints($year: Int!) {
    checkpoints(year: $year) {
      id
      month
      scope
      status
    }
  }
`);

/** The projects with a request waiting for the performance section's decision. */
export const PENDING_ADJUSTMENTS = graphql(`
  query PendingAdjustments($first: Int, $after: String) {
    projects(first: $first, after: $after, filter: { adjustmentPending: true }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          year
          budget
          unit {
            id
            name
          }
          targetAdjustments {
            ...WorkTargetAdjustmentFields
          }
        }
      }
    }
  }
`);

export const REQUEST_TARGET_ADJUSTMENT = graphql(`
  mutation RequestTargetAdjustment(
    $projectId: ID!
    $checkpointId: ID!
    $indicators: [IndicatorDraftInput!]!
    $reason: String!
    $version: Int!
  ) {
    requestTargetAdjustment(
      projectId: $projectId
      checkpointId: $checkpointId
      indicators: $indicators
      reason: $reason
      version: $version
    )
  }
`);

export const DECIDE_TARGET_ADJUSTMENT = graphql(`
  mutation DecideTargetAdjustment($id: ID!, $approve: Boolean!, $comment: String!, $version: Int!) {
    decideTargetAdjustment(id: $id, approve: $approve, comment: $comment, version: $version) {
      id
      version
      targetsPublishedOn
    }
  }
`);
