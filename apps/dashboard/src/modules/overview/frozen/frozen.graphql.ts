import { graphql } from '../../../generated';

export const FROZEN_CHECKPOINTS = graphql(`
  query FrozenCheckpoints($year: Int!) {
    checkpoints(year: $year) {
      id
      month
      scope
      frozenAt
    }
  }
`);

export const FROZEN_FIGURES = graphql(`
  query FrozenFigures($year: Int!, $month: Int!, $checkpointId: ID!, $first: Int!) {
    frozenExecution: executionSummary(year: $year, month: $month, frozen: true) {
      projectCount
      executed
      executionRate
    }
    liveExecution: executionSummary(year: $year, month: $month) {
      projectCount
      executed
      executionRate
    }
    frozenFlags: flagSummary(year: $year, month: $month, frozen: true) {
      yellow
      red
    }
    liveFlags: flagSummary(year: $year, month: $month) {
      yellow
      red
    }
    changesSince(checkpointId: $checkpointId, first: $first) {
      totalCount
      edges {
        node {
          id
          at
          username
          action
          entity
          projectName
          before
          after
        }
      }
    }
  }
`);
