import { graphql } from '../../../generated';

export const EXPERTS = graphql(`
  query AdminExperts {
    experts {
      id
      name
      field
      organisation
      contact
      active
      regionName
      version
      conflicts {
        id
        name
      }
    }
    organisation {
      units {
        id
        code
        name
        active
      }
    }
  }
`);

export const CREATE_EXPERT = graphql(`
  mutation CreateExpert($input: ExpertInput!) {
    createExpert(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_EXPERT = graphql(`
  mutation UpdateExpert($id: ID!, $version: Int!, $input: ExpertInput!) {
    updateExpert(id: $id, version: $version, input: $input) {
      id
      name
      version
    }
  }
`);

export const LIBRARY_GROUPS = graphql(`
  query AdminLibraryGroups {
    indicatorGroups {
      code
      name
      nameEn
    }
  }
`);

export const TEMPLATES = graphql(`
  query AdminLibrary($filter: IndicatorTemplateFilter, $first: Int, $after: String) {
    indicatorTemplates(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          groupName
          level1
          level2
          comparator
          unitOfMeasure
          referenceValue
          quantitative
          fromYear
          retiredFrom
          version
          regionName
          administered
        }
      }
    }
  }
`);

export const CREATE_TEMPLATE = graphql(`
  mutation CreateIndicatorTemplate($year: Int!, $input: IndicatorTemplateInput!) {
    createIndicatorTemplate(year: $year, input: $input) {
      id
      code
      name
    }
  }
`);

export const UPDATE_TEMPLATE = graphql(`
  mutation UpdateIndicatorTemplate($id: ID!, $year: Int!, $input: IndicatorTemplateInput!, $version: Int!) {
    updateIndicatorTemplate(id: $id, year: $year, input: $input, version: $version) {
      id
      code
      name
      version
    }
  }
`);

export const RETIRE_TEMPLATE = graphql(`
  mutation RetireIndicatorTemplate($id: ID!, $year: Int!, $version: Int!) {
    retireIndicatorTemplate(id: $id, year: $year, version: $version) {
      id
      retiredFrom
      version
    }
  }
`);
