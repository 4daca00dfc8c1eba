import { graphql } from '@vicinity/schema/gql';

export const ApiKeysTableApiKeyFragment = graphql(`
  fragment ApiKeysTable_apiKey on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    revokedAt
  }
`);

export const ApiKeysPageQuery = graphql(`
  query ApiKeysPage($tenantId: ID!) {
    apiKeys(tenantId: $tenantId) {
      ...ApiKeysTable_apiKey
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        ...ApiKeysTable_apiKey
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);
