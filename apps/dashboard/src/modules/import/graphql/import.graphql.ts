import { graphql } from '../../../generated';

export const IMPORT_FIELDS = graphql(`
  fragment ImportFields on DataImport {
    id
    kind
    year
    fileName
    fileId
    sheet
    status
    failure
    version
    rowsRead
    rowsTotal
    progress
    newCount
    changedCount
    unchangedCount
    errorCount
    warningCount
    unknownHeadings
    missingFields
    headings {
      column
      heading
      field
    }
    createdBy
    createdAt
    committedAt
  }
`);

export const IMPORT_KINDS = graphql(`
  query ImportKinds {
    me {
      years
    }
    importKinds {
      kind
      labelZh
      labelEn
      fields {
        field
        labelZh
        labelEn
        required
      }
    }
  }
`);

export const IMPORT = graphql(`
  query Import($id: ID!) {
    import(id: $id) {
      ...ImportFields
    }
  }
`);

export const IMPORT_ROWS = graphql(`
  query ImportRows($id: ID!, $status: ImportRowStatus, $withWarnings: Boolean, $first: Int!, $after: String) {
    import(id: $id) {
      id
      rows(status: $status, withWarnings: $withWarnings, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            line
            key
            status
            values {
              field
              value
            }
            changes {
              field
              before
              after
            }
            errors {
              sheet
              line
              column
              heading
              code
              messageZh
              messageEn
            }
            warnings {
              sheet
              line
              column
              heading
              code
              messageZh
              messageEn
            }
          }
        }
      }
    }
  }
`);

export const IMPORTS = graphql(`
  query Imports($first: Int!, $after: String) {
    imports(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ImportFields
        }
      }
    }
  }
`);

export const PREVIEW_IMPORT = graphql(`
  mutation PreviewImport($fileId: ID!, $kind: ImportKind!, $year: Int!, $mapping: [ImportMappingInput!]) {
    previewImport(fileId: $fileId, kind: $kind, year: $year, mapping: $mapping) {
      ...ImportFields
    }
  }
`);

export const COMMIT_IMPORT = graphql(`
  mutation CommitImport($id: ID!, $version: Int!) {
    commitImport(id: $id, version: $version) {
      ...ImportFields
      oneTimePasswords {
        username
        displayName
        password
      }
    }
  }
`);
