import { graphql } from '../../../generated';

/** What the public may see of a budget year: needs no login, and never holds a classified unit's rows. */
export const PUBLIC_DISCLOSURES = graphql(`
  query PublicDisclosures(
    $year: Int!
    $regionCode: String
    $search: String
    $withEvaluations: Boolean
    $first: Int
    $after: String
  ) {
    publicDisclosures(
      year: $year
      regionCode: $regionCode
      search: $search
      withEvaluations: $withEvaluations
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          unitName
          year
          budget
          targetsPublishedOn
          indicators {
            level1
            name
            comparator
            targetValue
            targetText
            unitOfMeasure
          }
          evaluations {
            kind
            score
            grade
            publishedOn
          }
        }
      }
    }
  }
`);

/** The budget years with anything published, newest first (no login): the page's year picker. */
export const PUBLIC_DISCLOSURE_YEARS = graphql(`
  query PublicDisclosureYears {
    publicDisclosureYears
  }
`);

/** The county's published figures of a year, shown before the cards (no login, published rows only). */
export const PUBLIC_SUMMARY = graphql(`
  query PublicSummary($year: Int!, $regionCode: String) {
    publicSummary(year: $year, regionCode: $regionCode) {
      county {
        code
        name
        nameEn
        bureauName
      }
      year
      projectCount
      budget
      evaluatedCount
      excellent
      good
      medium
      poor
      mediumOrPoor {
        code
        name
        unitName
        grade
        score
      }
    }
  }
`);
