import { graphql } from '../../../generated';

/** Names of the drill levels, for the breadcrumb (out of scope answers null, as missing). */
export const DRILL_SECTION = graphql(`
  query DrillSection($id: ID!) {
    node(id: $id) {
      id
      ... on Section {
        name
        kind
      }
    }
  }
`);

export const DRILL_UNIT = graphql(`
  query DrillUnit($id: ID!) {
    node(id: $id) {
      id
      ... on Unit {
        name
        code
        classified
        section {
          id
          name
        }
      }
    }
  }
`);
