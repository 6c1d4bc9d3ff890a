import { graphql } from '../../../generated';

/** The year's checkpoints with their state (the performance section opens and closes them). */
export const WORK_CHECKPOINTS = graphql(`
  query WorkCheckpoints($year: Int!) {
    checkpoints(year: $year) {
      id
      year
      month
      scope
      status
      version
      periodEnd
      reportDue
      reports(first: 1) {
        totalCount
      }
      daysOverdue
      missingReports(first: 1) {
        totalCount
      }
    }
  }
`);

/** The projects that should have reported at a checkpoint and have not (催报清单), a page at a time. */
export const MISSING_REPORTS = graphql(`
  query MissingReports($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      ... on Checkpoint {
        id
        missingReports(first: $first, after: $after) {
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
              unit {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const REPORT_FIELDS = graphql(`
  fragment WorkReportFields on MonitoringReport {
    id
    status
    version
    reviewComment
    budget
    executed
    executionRate
    failed
    failureReasons {
      code
      indicatorIndex
    }
    submittedOn
    fundReviewedOn
    checkpoint {
      id
      month
      status
    }
  }
`);

/** A report with what was reported per indicator (the form of a returned report). */
export const REPORT_ACTUALS = graphql(`
  fragment WorkReportActuals on MonitoringReport {
    indicatorActuals {
      actualValue
      plannedValue
      explanation
      indicator {
        id
      }
    }
  }
`);

/**
 * A page of one checkpoint's reports in one state within the viewer's scope, with their project (the review
 * queues; the server filters, `classified` narrows the performance section's stand-in queue). One checkpoint
 * and a page of 50 keep the query under the API's cost limit.
 */
export const CHECKPOINT_REPORTS = graphql(`
  query CheckpointReports($id: ID!, $status: ReportStatus!, $classified: Boolean, $first: Int, $after: String) {
    node(id: $id) {
      ... on Checkpoint {
        id
        month
        reports(first: $first, after: $after, status: $status, classified: $classified) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...WorkReportFields
              project {
                id
                code
                name
                fundReviewRequired
                unit {
                  id
                  name
                }
                flags {
                  id
                  level
                  status
                  raisedAt {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The unit's projects of a year and the state of their reports (the report form's picker). */
export const UNIT_REPORTING_PROJECTS = graphql(`
  query UnitReportingProjects($year: Int!) {
    projects(first: 100, filter: { year: $year }) {
      totalCount
      edges {
        node {
          id
          code
          name
          budget
          budgetedOn
          monitoringReports {
            id
            status
            version
            checkpoint {
              id
            }
          }
        }
      }
    }
  }
`);

/** One project's indicators and reports, for the report form. */
export const REPORTING_PROJECT = graphql(`
  query ReportingProject($id: ID!) {
    node(id: $id) {
      ... on Project {
        id
        code
        name
        budget
        version
        indicators {
          id
          name
          level1
          comparator
          targetValue
          targetText
          unitOfMeasure
          isKey
        }
        monitoringReports {
          ...WorkReportFields
          ...WorkReportActuals
        }
      }
    }
  }
`);

export const OPEN_CHECKPOINT = graphql(`
  mutation OpenCheckpoint($id: ID!, $version: Int!) {
    openCheckpoint(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const CLOSE_CHECKPOINT = graphql(`
  mutation CloseCheckpoint($id: ID!, $version: Int!) {
    closeCheckpoint(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const SUBMIT_MONITORING_REPORT = graphql(`
  mutation SubmitMonitoringReport($input: MonitoringReportInput!) {
    submitMonitoringReport(input: $input) {
      ...WorkReportFields
    }
  }
`);

export const REVIEW_MONITORING_REPORT = graphql(`
  mutation ReviewMonitoringReport($id: ID!, $version: Int!, $approve: Boolean!, $comment: String!) {
    reviewMonitoringReport(id: $id, version: $version, approve: $approve, comment: $comment) {
      id
      status
      version
    }
  }
`);

export const CONFIRM_MONITORING_REPORT = graphql(`
  mutation ConfirmMonitoringReport($id: ID!, $version: Int!) {
    confirmMonitoringReport(id: $id, version: $version) {
      ...WorkReportFields
      project {
        id
        flags {
          id
          level
          status
          deadline
        }
      }
    }
  }
`);
