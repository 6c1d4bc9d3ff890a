import { graphql } from '../../../generated';

export const USER_ACCOUNT_FIELDS = graphql(`
  fragment UserAccountFields on UserAccount {
    id
    username
    displayName
    role
    regionName
    sectionName
    unitName
    agencyName
    active
    mustChangePassword
    createdAt
    lockedUntil
  }
`);

export const USERS = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UserAccountFields
        }
      }
    }
  }
`);

export const USER_SCOPE_OPTIONS = graphql(`
  query UserScopeOptions {
    userScopeOptions {
      regions {
        code
        name
        level
      }
      sections {
        id
        name
        kind
        regionName
      }
      units {
        id
        code
        name
        classified
        regionName
      }
      agencies {
        id
        name
        regionName
      }
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      oneTimePassword
      user {
        ...UserAccountFields
      }
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($id: ID!) {
    resetPassword(id: $id) {
      oneTimePassword
      user {
        ...UserAccountFields
      }
    }
  }
`);

export const DEACTIVATE_USER = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserAccountFields
    }
  }
`);

export const UNLOCK_USER = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...UserAccountFields
    }
  }
`);
