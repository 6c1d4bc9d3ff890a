import { graphql } from '../../../generated';

// Evaluations of lower governments (对下级政府预算绩效管理评价), issue 13 §2.

export const GOVERNMENT_EVALUATION_FIELDS = graphql(`
  fragment GovernmentEvaluationFields on GovernmentEvaluation {
    id
    version
    year
    regionId
    regionName
    byRegionName
    status
    selfReport
    selfScore
    score
    grade
    returnComment
    history {
      kind
      text
      score
      userName
      occurredAt
    }
  }
`);

export const GOVERNMENT_EVALUATIONS = graphql(`
  query GovernmentEvaluations($regionId: ID, $year: Int) {
    governmentEvaluations(regionId: $regionId, year: $year) {
      ...GovernmentEvaluationFields
    }
  }
`);

export const EVALUABLE_COUNTIES = graphql(`
  query EvaluableCounties {
    evaluableCounties {
      id
      code
      name
    }
  }
`);

export const SELECT_GOVERNMENT_EVALUATIONS = graphql(`
  mutation SelectGovernmentEvaluations($year: Int!, $regionIds: [ID!]!) {
    selectGovernmentEvaluations(year: $year, regionIds: $regionIds) {
      ...GovernmentEvaluationFields
    }
  }
`);

export const SUBMIT_GOVERNMENT_SELF_REPORT = graphql(`
  mutation SubmitGovernmentSelfReport($id: ID!, $selfReport: String!, $selfScore: Float!, $version: Int!) {
    submitGovernmentSelfReport(id: $id, selfReport: $selfReport, selfScore: $selfScore, version: $version) {
      ...GovernmentEvaluationFields
    }
  }
`);

export const RETURN_GOVERNMENT_SELF_REPORT = graphql(`
  mutation ReturnGovernmentSelfReport($id: ID!, $comment: String!, $version: Int!) {
    returnGovernmentSelfReport(id: $id, comment: $comment, version: $version) {
      ...GovernmentEvaluationFields
    }
  }
`);

export const SCORE_GOVERNMENT_EVALUATION = graphql(`
  mutation ScoreGovernmentEvaluation($id: ID!, $score: Float!, $comment: String!, $version: Int!) {
    scoreGovernmentEvaluation(id: $id, score: $score, comment: $comment, version: $version) {
      ...GovernmentEvaluationFields
    }
  }
`);

export const WITHDRAW_GOVERNMENT_EVALUATION = graphql(`
  mutation WithdrawGovernmentEvaluation($id: ID!, $reason: String!, $version: Int!) {
    withdrawGovernmentEvaluation(id: $id, reason: $reason, version: $version) {
      ...GovernmentEvaluationFields
    }
  }
`);
