import { graphql } from '../../../generated';

// The panels that follow the cross-filter ask the one grouped aggregate of the API: PostgreSQL sums
// within the viewer's portfolio, for any fund family, section, unit and grade.

export const AGGREGATE_FIGURES = graphql(`
  fragment AggregateFigures on AggregateRow {
    keys {
      dimension
      key
      label
      code
      regionCode
    }
    projectCount
    budget
    executed
    executionRate
  }
`);

export const OVERVIEW_AGGREGATE = graphql(`
  query OverviewAggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {
    projectAggregate(groupBy: $groupBy, filter: $filter) {
      ...AggregateFigures
    }
  }
`);

/** Grade distributions of a narrowed scope: projects by the grade of each kind of evaluation. */
export const OVERVIEW_GRADES_IN_SCOPE = graphql(`
  query OverviewGradesInScope(
    $year: Int!
    $regionCode: String
    $fundFamily: FundFamily
    $sectionId: ID
    $sectionCode: String
    $unitId: ID
    $unitCode: String
  ) {
    self: projectAggregate(
      groupBy: [GRADE]
      filter: {
        year: $year
        regionCode: $regionCode
        fundFamily: $fundFamily
        sectionId: $sectionId
        sectionCode: $sectionCode
        unitId: $unitId
        unitCode: $unitCode
        evaluationKind: SELF
      }
    ) {
      ...AggregateFigures
    }
    department: projectAggregate(
      groupBy: [GRADE]
      filter: {
        year: $year
        regionCode: $regionCode
        fundFamily: $fundFamily
        sectionId: $sectionId
        sectionCode: $sectionCode
        unitId: $unitId
        unitCode: $unitCode
        evaluationKind: DEPARTMENT
      }
    ) {
      ...AggregateFigures
    }
    key: projectAggregate(
      groupBy: [GRADE]
      filter: {
        year: $year
        regionCode: $regionCode
        fundFamily: $fundFamily
        sectionId: $sectionId
        sectionCode: $sectionCode
        unitId: $unitId
        unitCode: $unitCode
        evaluationKind: KEY
      }
    ) {
      ...AggregateFigures
    }
  }
`);
