import { graphql } from '../../../generated';

/** The viewer's own unit (a unit sees only itself) and its unit-wide evaluations. */
export const UNIT_HOME = graphql(`
  query UnitHome {
    units(first: 1) {
      edges {
        node {
          id
          name
          code
          classified
          section {
            id
            name
          }
          unitWideEvaluations {
            id
            year
            score
            grade
            uncappedGrade
            evaluatedOn
            status
            caps {
              code
              zh
              en
              applied
            }
            findings {
              id
              text
            }
          }
        }
      }
    }
  }
`);
