import { graphql } from '../../../generated';

/** The open flags in scope with what rectification needs (plan, evidence, history). */
export const WORK_FLAGS = graphql(`
  query WorkFlags($status: FlagStatus, $year: Int, $after: String) {
    flags(first: 100, after: $after, filter: { status: $status, year: $year }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          level
          status
          version
          deadline
          closedOn
          daysOverdue
          ownerName
          rectificationPlan
          evidence
          raisedAt {
            id
            year
            month
          }
          events {
            kind
            level
            note
            occurredOn
          }
          project {
            id
            code
            name
            unit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const SET_FLAG_PLAN = graphql(`
  mutation SetFlagPlan($id: ID!, $version: Int!, $ownerName: String!, $rectificationPlan: String!) {
    setFlagPlan(id: $id, version: $version, ownerName: $ownerName, rectificationPlan: $rectificationPlan) {
      id
      version
      ownerName
      rectificationPlan
      evidence
    }
  }
`);

export const ADD_FLAG_EVIDENCE = graphql(`
  mutation AddFlagEvidence($id: ID!, $version: Int!, $evidence: String!) {
    addFlagEvidence(id: $id, version: $version, evidence: $evidence) {
      id
      version
      evidence
    }
  }
`);

export const CLOSE_FLAG = graphql(`
  mutation CloseFlag($id: ID!, $version: Int!, $note: String!) {
    closeFlag(id: $id, version: $version, note: $note) {
      id
      version
      status
      closedOn
    }
  }
`);
