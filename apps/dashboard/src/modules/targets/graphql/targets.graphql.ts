import { graphql } from '../../../generated';

export const TARGET_PROJECT_FIELDS = graphql(`
  fragment WorkTargetProjectFields on Project {
    id
    code
    name
    budget
    kind
    year
    fundFamily
    version
    targetStatus
    fundReviewRequired
    targetsFundReviewedOn
    unit {
      id
      name
    }
    indicators {
      id
      level1
      level2
      name
      comparator
      targetValue
      targetText
      unitOfMeasure
      weight
      isKey
      custom
      templateId
      transferIndicator {
        id
        name
        transferPaymentName
      }
    }
    targetReviews {
      stage
      outcome
      comment
      score
      reviewedOn
      indicatorComments {
        indicatorId
        indicatorName
        comment
      }
    }
  }
`);

/** The projects of a year in scope with their targets (the unit's editor, the review queues). */
export const TARGET_PROJECTS = graphql(`
  query TargetProjects($year: Int!) {
    projects(first: 50, filter: { year: $year }) {
      totalCount
      edges {
        node {
          ...WorkTargetProjectFields
        }
      }
    }
  }
`);

/** A review queue: the projects of a year whose targets wait at one stage (the server filters), a page at a time. */
export const TARGET_QUEUE = graphql(`
  query TargetQueue($year: Int!, $status: TargetStatus!, $classified: Boolean, $first: Int, $after: String) {
    projects(first: $first, after: $after, filter: { year: $year, targetStatus: $status, classified: $classified }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WorkTargetProjectFields
        }
      }
    }
  }
`);

export const INDICATOR_GROUPS = graphql(`
  query IndicatorGroups {
    indicatorGroups {
      code
      name
      nameEn
      library
      indicatorCount
    }
  }
`);

export const INDICATOR_TEMPLATES = graphql(`
  query IndicatorTemplates($groupCode: String, $search: String) {
    indicatorTemplates(first: 20, filter: { groupCode: $groupCode, search: $search }) {
      totalCount
      edges {
        node {
          id
          code
          name
          level1
          level2
          comparator
          quantitative
          referenceValue
          unitOfMeasure
          groupName
        }
      }
    }
  }
`);

export const CREATE_PROJECT = graphql(`
  mutation CreateProject($input: NewProjectInput!) {
    createProject(input: $input) {
      ...WorkTargetProjectFields
    }
  }
`);

export const SAVE_TARGETS = graphql(`
  mutation SaveTargets($projectId: ID!, $version: Int!, $indicators: [IndicatorDraftInput!]!) {
    saveTargets(projectId: $projectId, version: $version, indicators: $indicators) {
      ...WorkTargetProjectFields
    }
  }
`);

export const SUBMIT_TARGETS = graphql(`
  mutation SubmitTargets($projectId: ID!, $version: Int!) {
    submitTargets(projectId: $projectId, version: $version) {
      ...WorkTargetProjectFields
    }
  }
`);

export const REVIEW_TARGETS_FIRST = graphql(`
  mutation ReviewTargetsFirst($projectId: ID!, $version: Int!, $approve: Boolean!, $comment: String!) {
    reviewTargetsFirst(projectId: $projectId, version: $version, approve: $approve, comment: $comment) {
      id
      version
      targetStatus
    }
  }
`);

export const REVIEW_TARGETS = graphql(`
  mutation ReviewTargets(
    $projectId: ID!
    $version: Int!
    $approve: Boolean!
    $comment: String!
    $score: Float
    $indicatorComments: [IndicatorCommentInput!]!
  ) {
    reviewTargets(
      projectId: $projectId
      version: $version
      approve: $approve
      comment: $comment
      score: $score
      indicatorComments: $indicatorComments
    ) {
      id
      version
      targetStatus
    }
  }
`);
