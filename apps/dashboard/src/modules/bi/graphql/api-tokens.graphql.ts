import { graphql } from '../../../generated';

export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiTokenInfo {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const API_TOKENS = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
