import { graphql } from '../../../generated';

export const EX_ANTE_FIELDS = graphql(`
  fragment WorkExAnteFields on ExAnteAssessment {
    id
    status
    version
    necessity
    feasibility
    targetReasonableness
    fundingPlan
    attachmentNames
    submittedOn
    sectionOpinion
    reassessmentRequired
    reassessmentEligible
    agency {
      id
      name
    }
    agencySentOn
    agencyConclusion
    agencyOpinion
    agencyReviewedOn
    pesScore
    conclusion
    concludedOn
  }
`);

export const EX_ANTE_PROJECT_FIELDS = graphql(`
  fragment WorkExAnteProjectFields on Project {
    id
    code
    name
    budget
    kind
    year
    unit {
      id
      name
    }
    exAnteAssessment {
      ...WorkExAnteFields
    }
  }
`);

/** The unit's new projects of the work year and the next (the server filters by kind). */
export const EX_ANTE_UNIT_PROJECTS = graphql(`
  query ExAnteUnitProjects($year: Int!, $next: Int!) {
    current: projects(first: 100, filter: { year: $year, kind: NEW }) {
      totalCount
      edges {
        node {
          ...WorkExAnteProjectFields
        }
      }
    }
    coming: projects(first: 100, filter: { year: $next, kind: NEW }) {
      totalCount
      edges {
        node {
          ...WorkExAnteProjectFields
        }
      }
    }
  }
`);

/** The assessments in scope at one stage, any year: the business section's and the agency's queues. */
export const EX_ANTE_QUEUE = graphql(`
  query ExAnteQueue($status: ExAnteStatus!, $classified: Boolean) {
    projects(first: 100, filter: { exAnteStatus: $status, classified: $classified }) {
      totalCount
      edges {
        node {
          ...WorkExAnteProjectFields
        }
      }
    }
  }
`);

/** The performance section's queue: first-reviewed and re-assessed ones to conclude, those at an agency, and the agencies. */
export const EX_ANTE_CONCLUDE_QUEUE = graphql(`
  query ExAnteConcludeQueue {
    firstReviewed: projects(first: 100, filter: { exAnteStatus: FIRST_REVIEWED }) {
      totalCount
      edges {
        node {
          ...WorkExAnteProjectFields
        }
      }
    }
    reassessed: projects(first: 100, filter: { exAnteStatus: AGENCY_REVIEWED }) {
      totalCount
      edges {
        node {
          ...WorkExAnteProjectFields
        }
      }
    }
    atAgency: projects(first: 100, filter: { exAnteStatus: AGENCY_REVIEW }) {
      totalCount
      edges {
        node {
          ...WorkExAnteProjectFields
        }
      }
    }
    agencies {
      id
      code
      name
    }
  }
`);

export const SUBMIT_EX_ANTE = graphql(`
  mutation SubmitExAnteAssessment($projectId: ID!, $input: ExAnteInput!, $version: Int) {
    submitExAnteAssessment(projectId: $projectId, input: $input, version: $version) {
      ...WorkExAnteProjectFields
    }
  }
`);

export const REVIEW_EX_ANTE = graphql(`
  mutation ReviewExAnteAssessment($projectId: ID!, $opinion: String!, $version: Int!) {
    reviewExAnteAssessment(projectId: $projectId, opinion: $opinion, version: $version) {
      ...WorkExAnteProjectFields
    }
  }
`);

export const SEND_EX_ANTE_TO_AGENCY = graphql(`
  mutation SendExAnteToAgency($projectId: ID!, $agencyId: ID!, $version: Int!) {
    sendExAnteToAgency(projectId: $projectId, agencyId: $agencyId, version: $version) {
      ...WorkExAnteProjectFields
    }
  }
`);

export const SUBMIT_AGENCY_EX_ANTE = graphql(`
  mutation SubmitAgencyExAnte($projectId: ID!, $conclusion: ExAnteConclusion!, $opinion: String!, $version: Int!) {
    submitAgencyExAnte(projectId: $projectId, conclusion: $conclusion, opinion: $opinion, version: $version) {
      ...WorkExAnteProjectFields
    }
  }
`);

export const CONCLUDE_EX_ANTE = graphql(`
  mutation ConcludeExAnteAssessment($projectId: ID!, $score: Float!, $conclusion: ExAnteConclusion!, $version: Int!) {
    concludeExAnteAssessment(projectId: $projectId, score: $score, conclusion: $conclusion, version: $version) {
      ...WorkExAnteProjectFields
    }
  }
`);
