import { graphql } from '../../../generated';

export const ORGANISATION = graphql(`
  query Organisation {
    organisation {
      regions {
        code
        name
        level
        parentCode
        bureauName
        version
      }
      sections {
        id
        code
        name
        kind
        ownedFundFamily
        unitCount
        regionCode
        regionName
        version
      }
      units {
        id
        code
        name
        classified
        active
        sectionName
        regionCode
        regionName
        version
      }
      agencies {
        id
        code
        name
        creditCode
        regionName
        version
        staff {
          id
          username
          displayName
          active
        }
      }
    }
  }
`);

export const CREATE_UNIT = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      code
      name
    }
  }
`);

export const RETIRE_UNIT = graphql(`
  mutation RetireUnit($id: ID!, $version: Int!) {
    retireUnit(id: $id, version: $version) {
      id
      active
      version
    }
  }
`);

export const REACTIVATE_UNIT = graphql(`
  mutation ReactivateUnit($id: ID!, $version: Int!) {
    reactivateUnit(id: $id, version: $version) {
      id
      active
      version
    }
  }
`);
