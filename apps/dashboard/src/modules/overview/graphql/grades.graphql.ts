import { graphql } from '../../../generated';

export const GRADE_FIGURES = graphql(`
  fragment GradeFigures on GradeDistribution {
    total
    budget
    findings
    buckets {
      grade
      count
      share
    }
  }
`);

/** `year` is the budget year evaluated: the 2022 budget is evaluated in 2023; `filter` only the county. */
export const OVERVIEW_GRADES = graphql(`
  query OverviewGrades($year: Int!, $filter: AnalyticsFilter) {
    self: gradeDistribution(year: $year, kind: SELF, filter: $filter) {
      ...GradeFigures
    }
    department: gradeDistribution(year: $year, kind: DEPARTMENT, filter: $filter) {
      ...GradeFigures
    }
    key: gradeDistribution(year: $year, kind: KEY, filter: $filter) {
      ...GradeFigures
    }
    unitWide: gradeDistribution(year: $year, kind: UNIT_WIDE, filter: $filter) {
      ...GradeFigures
    }
  }
`);
