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
        sectionId
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
        clearedForClassified
        regionCode
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

export const UPDATE_UNIT = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
      version
    }
  }
`);

export const CREATE_REGION = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      code
      name
    }
  }
`);

export const UPDATE_REGION = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      code
      name
      version
    }
  }
`);

export const CREATE_SECTION = graphql(`
  mutation CreateSection($input: CreateSectionInput!) {
    createSection(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_SECTION = graphql(`
  mutation UpdateSection($input: UpdateSectionInput!) {
    updateSection(input: $input) {
      id
      name
      version
    }
  }
`);

export const CREATE_AGENCY = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_AGENCY = graphql(`
  mutation UpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      id
      name
      version
    }
  }
`);
