import { graphql } from '@vicinity/schema/gql';

export const WebhookEndpointFragment = graphql(`
  fragment WebhookEndpoint_endpoint on WebhookEndpoint {
    id
    url
    events
    description
    active
    pausedReason
    previousSecretExpiresAt
    failureStreak
    createdAt
  }
`);

export const WebhookDeliveryFragment = graphql(`
  fragment WebhookDelivery_delivery on WebhookDelivery {
    id
    eventId
    event
    status
    attempts
    nextAttemptAt
    lastAttemptAt
    lastStatusCode
    lastLatencyMs
    lastError
    createdAt
    deliveredAt
  }
`);

export const WebhooksPageQuery = graphql(`
  query WebhooksPage($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      myRole
    }
    webhookEndpoints(tenantId: $tenantId) {
      ...WebhookEndpoint_endpoint
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...WebhookDelivery_delivery
        }
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpoint_endpoint
      }
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        ...WebhookEndpoint_endpoint
      }
    }
  }
`);

export const PauseWebhookEndpointMutation = graphql(`
  mutation PauseWebhookEndpoint($id: ID!) {
    pauseWebhookEndpoint(id: $id) {
      ...WebhookEndpoint_endpoint
    }
  }
`);

export const ResumeWebhookEndpointMutation = graphql(`
  mutation ResumeWebhookEndpoint($id: ID!) {
    resumeWebhookEndpoint(id: $id) {
      ...WebhookEndpoint_endpoint
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) {
      id
    }
  }
`);

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      ...WebhookDelivery_delivery
    }
  }
`);

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      ...WebhookDelivery_delivery
    }
  }
`);

export const ReplayFailedWebhookDeliveriesMutation = graphql(`
  mutation ReplayFailedWebhookDeliveries($input: ReplayFailedWebhookDeliveriesInput!) {
    replayFailedWebhookDeliveries(input: $input)
  }
`);
