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

/** `year` is the budget year evaluated: the 2022 budget is evaluated in 2023. */
export const OVERVIEW_GRADES = graphql(`
  query OverviewGrades($year: Int!) {
    self: gradeDistribution(year: $year, kind: SELF) {
      ...GradeFigures
    }
    department: gradeDistribution(year: $year, kind: DEPARTMENT) {
      ...GradeFigures
    }
    key: gradeDistribution(year: $year, kind: KEY) {
      ...GradeFigures
    }
    unitWide: gradeDistribution(year: $year, kind: UNIT_WIDE) {
      ...GradeFigures
    }
  }
`);
