import { graphql } from '../../generated';

// Issue 15 §3: the counties an upper level may pick, and their figures side by side.

export const COUNTIES = graphql(`
  query Counties {
    counties {
      code
      name
      nameEn
    }
  }
`);

export const COUNTY_COMPARISON = graphql(`
  query CountyComparison($year: Int!) {
    countyComparison(year: $year) {
      regionCode
      regionName
      regionNameEn
      projectCount
      budget
      checkpointMonth
      executed
      executionRate
      openYellow
      openRed
      evaluatedYear
      evaluated
      excellent
      good
      medium
      poor
    }
  }
`);
