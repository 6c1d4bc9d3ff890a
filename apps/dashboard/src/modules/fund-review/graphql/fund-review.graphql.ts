import { graphql } from '../../../generated';

/** The fund-owning section passes a report of its family upward, or returns it to the unit. */
export const FUND_REVIEW_MONITORING_REPORT = graphql(`
  mutation FundReviewMonitoringReport($id: ID!, $version: Int!, $approve: Boolean!, $comment: String!) {
    fundReviewMonitoringReport(id: $id, version: $version, approve: $approve, comment: $comment) {
      id
      status
      version
      fundReviewedOn
    }
  }
`);

/** The fund-owning section passes a project's targets of its family upward, or returns them to the unit. */
export const FUND_REVIEW_TARGETS = graphql(`
  mutation FundReviewTargets($projectId: ID!, $version: Int!, $approve: Boolean!, $comment: String!) {
    fundReviewTargets(projectId: $projectId, version: $version, approve: $approve, comment: $comment) {
      id
      version
      targetStatus
      targetsFundReviewedOn
    }
  }
`);

export const FUND_FAMILY_SUMMARIES = graphql(`
  query FundFamilySummaries($year: Int!) {
    fundFamilySummaries(year: $year) {
      year
      fundFamily
      sectionName
      text
      sentOn
      sentByName
      version
      checkpointMonth
      gradesYear
      targets {
        projectCount
        budget
      }
      execution {
        projectCount
        budget
        executed
        executionRate
      }
      flags {
        yellow
        red
      }
      grades {
        total
        buckets {
          grade
          count
        }
      }
    }
  }
`);

export const SEND_FUND_FAMILY_SUMMARY = graphql(`
  mutation SendFundFamilySummary($year: Int!, $text: String!, $version: Int) {
    sendFundFamilySummary(year: $year, text: $text, version: $version) {
      year
      fundFamily
      version
      sentOn
    }
  }
`);

/** The fund-owning section passes a unit's self-evaluation of its family upward, or returns it to the unit. */
export const FUND_REVIEW_SELF_EVALUATION = graphql(`
  mutation FundReviewSelfEvaluation($id: ID!, $version: Int!, $approve: Boolean!, $comment: String!) {
    fundReviewSelfEvaluation(id: $id, version: $version, approve: $approve, comment: $comment) {
      id
      status
      version
      fundReviewedOn
    }
  }
`);
