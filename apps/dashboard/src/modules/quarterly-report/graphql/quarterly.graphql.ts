import { graphql } from '../../../generated';

export const QUARTERLY_FIGURES = graphql(`
  fragment QuarterlyFiguresFields on QuarterlyFigures {
    year
    quarter
    from
    to
    targetProjectCount
    targetBudget
    flagsRaised
    flagsClosed
    execution {
      checkpointYear
      checkpointMonth
      projectCount
      budget
      executed
      executionRate
    }
    evaluations {
      kind
      year
      count
      budget
      excellent
    }
  }
`);

export const QUARTERLY_REPORT_FIELDS = graphql(`
  fragment QuarterlyReportFields on QuarterlyReport {
    id
    version
    status
    year
    quarter
    regionName
    toRegionName
    dueOn
    text
    submittedAt
    returnComment
    figures {
      ...QuarterlyFiguresFields
    }
    history {
      kind
      text
      userName
      occurredAt
    }
  }
`);

export const ASSEMBLE_QUARTERLY_REPORT = graphql(`
  query AssembleQuarterlyReport($year: Int!, $quarter: Int!) {
    assembleQuarterlyReport(year: $year, quarter: $quarter) {
      ...QuarterlyFiguresFields
    }
  }
`);

export const QUARTERLY_REPORTS = graphql(`
  query QuarterlyReports($regionId: ID, $year: Int) {
    quarterlyReports(regionId: $regionId, year: $year) {
      ...QuarterlyReportFields
    }
  }
`);

export const REPORTING_REGIONS = graphql(`
  query ReportingRegions {
    reportingRegions {
      id
      name
    }
  }
`);

export const SUBMIT_QUARTERLY_REPORT = graphql(`
  mutation SubmitQuarterlyReport($year: Int!, $quarter: Int!, $text: String!, $version: Int) {
    submitQuarterlyReport(year: $year, quarter: $quarter, text: $text, version: $version) {
      ...QuarterlyReportFields
    }
  }
`);

export const RETURN_QUARTERLY_REPORT = graphql(`
  mutation ReturnQuarterlyReport($id: ID!, $comment: String!, $version: Int!) {
    returnQuarterlyReport(id: $id, comment: $comment, version: $version) {
      ...QuarterlyReportFields
    }
  }
`);

export const ACCEPT_QUARTERLY_REPORT = graphql(`
  mutation AcceptQuarterlyReport($id: ID!, $version: Int!) {
    acceptQuarterlyReport(id: $id, version: $version) {
      ...QuarterlyReportFields
    }
  }
`);
