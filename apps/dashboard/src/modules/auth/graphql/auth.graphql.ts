import { graphql } from '../../../generated';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Me {
    id
    username
    displayName
    role
    regionName
    regionNameEn
    sectionName
    unitName
    agencyName
    scopeDescription
    readOnly
    mustChangePassword
  }
`);

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      mustChangePassword
      me {
        ...ViewerFields
      }
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      me {
        ...ViewerFields
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
