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
        ...DrillUnitFields
      }
    }
  }
`);

/** A drilled unit by its code (and, above one county, the county's code: codes are unique in a county). */
export const DRILL_UNIT_BY_CODE = graphql(`
  query DrillUnitByCode($code: String!, $regionCode: String) {
    units(first: 1, filter: { unitCode: $code, regionCode: $regionCode }) {
      edges {
        node {
          id
          ...DrillUnitFields
        }
      }
    }
  }
`);

export const DRILL_UNIT_FIELDS = graphql(`
  fragment DrillUnitFields on Unit {
    name
    code
    classified
    section {
      id
      code
      name
    }
  }
`);
