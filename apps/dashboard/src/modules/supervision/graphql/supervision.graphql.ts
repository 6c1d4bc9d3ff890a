import { graphql } from '../../../generated';

export const RECORD_FINDING = graphql(`
  mutation RecordSupervisionFinding($projectId: ID!, $input: SupervisionFindingInput!) {
    recordSupervisionFinding(projectId: $projectId, input: $input) {
      id
      status
      version
    }
  }
`);

export const WITHDRAW_FINDING = graphql(`
  mutation WithdrawSupervisionFinding($id: ID!, $reason: String!, $version: Int!) {
    withdrawSupervisionFinding(id: $id, reason: $reason, version: $version) {
      id
      status
      withdrawnReason
      version
    }
  }
`);

export const PROPOSE_RECALL = graphql(`
  mutation ProposeFundRecall($projectId: ID!, $reason: FundRecallReason!, $amount: Decimal, $note: String!) {
    proposeFundRecall(projectId: $projectId, reason: $reason, amount: $amount, note: $note) {
      id
      status
      proposedAmount
      version
    }
  }
`);

export const DECIDE_RECALL = graphql(`
  mutation DecideFundRecall($id: ID!, $approve: Boolean!, $amount: Decimal, $note: String!, $version: Int!) {
    decideFundRecall(id: $id, approve: $approve, amount: $amount, note: $note, version: $version) {
      id
      status
      decidedAmount
      decisionNote
      version
    }
  }
`);

/** The recalls of the year's projects still to decide (the budget section's queue). */
export const RECALLS_TO_DECIDE = graphql(`
  query RecallsToDecide($year: Int!) {
    fundRecalls(year: $year, pendingOnly: true) {
      id
      reason
      status
      proposedAmount
      proposalNote
      proposedOn
      version
      project {
        id
        code
        name
        unit {
          id
          name
          classified
        }
      }
    }
  }
`);
