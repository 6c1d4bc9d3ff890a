import { graphql } from '../../../generated';

export const AGENCY_RATING_FIGURES = graphql(`
  fragment AgencyRatingFigures on AgencyRatingRow {
    agencyId
    agencyName
    score
    rating
    quantity
    quality
    effect
    satisfaction
  }
`);

/** The ratings of a year and the rules that weigh their four components. */
export const OVERVIEW_AGENCY_RATINGS = graphql(`
  query OverviewAgencyRatings($year: Int!) {
    agencyRatings(year: $year) {
      ...AgencyRatingFigures
    }
    ruleSet(year: $year) {
      year
      rules
    }
  }
`);
