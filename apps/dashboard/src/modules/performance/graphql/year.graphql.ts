import { graphql } from '../../../generated';

/** A year as the performance section manages it: its checkpoints and its stored calendar. */
export const YEAR_ADMIN = graphql(`
  query YearAdmin($year: Int!) {
    years {
      currentYear
    }
    checkpoints(year: $year) {
      id
      month
      scope
      status
      version
      periodEnd
      reportDue
    }
    deadlines(year: $year) {
      id
      dueOn
      kind
      titleZh
      titleEn
    }
  }
`);

export const OPEN_YEAR = graphql(`
  mutation OpenYear($year: Int!) {
    openYear(year: $year) {
      year
      checkpoints
      deadlines
    }
  }
`);

export const SET_CHECKPOINT_DATES = graphql(`
  mutation SetCheckpointDates($id: ID!, $periodEnd: String!, $reportDue: String!, $version: Int!) {
    setCheckpointDates(id: $id, periodEnd: $periodEnd, reportDue: $reportDue, version: $version) {
      id
      periodEnd
      reportDue
      version
    }
  }
`);

export const SET_DEADLINE_DATE = graphql(`
  mutation SetDeadlineDate($id: ID!, $dueOn: String!) {
    setDeadlineDate(id: $id, dueOn: $dueOn)
  }
`);
