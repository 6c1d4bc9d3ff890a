import { graphql } from '../../../generated';

/**
 * The agencies of the county with whether their rating of each year is published, and the ratings of the
 * year as the rules computed them (components from the actual work, satisfaction as entered).
 */
export const AGENCY_RATING_WORK = graphql(`
  query AgencyRatingWork($year: Int!) {
    agencies {
      id
      code
      name
      ratings {
        id
        year
        published
      }
    }
    agencyRatings(year: $year) {
      agencyId
      agencyName
      quantity
      quality
      effect
      satisfaction
      score
      rating
      checks
      checkDeduction
    }
    ruleSet(year: $year) {
      year
      rules
    }
  }
`);

export const COMPUTE_AGENCY_RATINGS = graphql(`
  mutation ComputeAgencyRatings($year: Int!, $satisfaction: [AgencySatisfactionInput!]!) {
    computeAgencyRatings(year: $year, satisfaction: $satisfaction)
  }
`);

export const PUBLISH_AGENCY_RATINGS = graphql(`
  mutation PublishAgencyRatings($year: Int!) {
    publishAgencyRatings(year: $year)
  }
`);
