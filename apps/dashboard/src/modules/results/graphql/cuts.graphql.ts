import { graphql } from '../../../generated';

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
