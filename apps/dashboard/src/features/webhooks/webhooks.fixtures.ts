import type {
  Role,
  WebhookDelivery_DeliveryFragment,
  WebhookDeliveriesQuery,
  WebhookDeliveriesQueryVariables,
  WebhookEndpoint_EndpointFragment,
  WebhooksPageQuery,
  WebhooksPageQueryVariables,
} from '@vicinity/schema/graphql';
import { graphql, HttpResponse } from 'msw';

export function webhookEndpoint(
  id: string,
  overrides: Partial<WebhookEndpoint_EndpointFragment> = {},
): WebhookEndpoint_EndpointFragment {
  return {
    __typename: 'WebhookEndpoint',
    id,
    url: `https://crm.example.com/hooks/${id}`,
    events: ['CAMPAIGN_STATUS_CHANGED', 'END_USER_ERASED'],
    description: null,
    active: true,
    pausedReason: null,
    previousSecretExpiresAt: null,
    failureStreak: 0,
    createdAt: '2025-04-01T09:00:00.000Z',
    ...overrides,
  };
}

export function webhookDelivery(
  id: string,
  overrides: Partial<WebhookDelivery_DeliveryFragment> = {},
): WebhookDelivery_DeliveryFragment {
  return {
    __typename: 'WebhookDelivery',
    id,
    eventId: `event-${id}`,
    event: 'CAMPAIGN_STATUS_CHANGED',
    status: 'DELIVERED',
    attempts: 1,
    nextAttemptAt: null,
    lastAttemptAt: '2025-04-02T10:00:01.000Z',
    lastStatusCode: 200,
    lastLatencyMs: 42,
    lastError: null,
    createdAt: '2025-04-02T10:00:00.000Z',
    deliveredAt: '2025-04-02T10:00:01.000Z',
    ...overrides,
  };
}

export function webhooksPageHandler(myRole: Role, listEndpoints: () => WebhookEndpoint_EndpointFragment[]) {
  return graphql.query<WebhooksPageQuery, WebhooksPageQueryVariables>('WebhooksPage', () =>
    HttpResponse.json({
      data: { tenant: { __typename: 'Tenant', id: 'tenant-acme', myRole }, webhookEndpoints: listEndpoints() },
    }),
  );
}

/** Pages of `deliveries` (filtered by status) as the API pages them: the cursor is the last shown delivery's id. */
export function webhookDeliveriesHandler(
  listDeliveries: () => WebhookDelivery_DeliveryFragment[],
  seen: WebhookDeliveriesQueryVariables[] = [],
) {
  return graphql.query<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>(
    'WebhookDeliveries',
    ({ variables }) => {
      seen.push(variables);
      const matching = listDeliveries().filter((delivery) => !variables.status || delivery.status === variables.status);
      const start = variables.after ? matching.findIndex((delivery) => delivery.id === variables.after) + 1 : 0;
      const page = matching.slice(start, start + (variables.first ?? 50));
      return HttpResponse.json({
        data: {
          webhookDeliveries: {
            __typename: 'WebhookDeliveryConnection',
            totalCount: matching.length,
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + page.length < matching.length,
              endCursor: page.at(-1)?.id ?? null,
            },
            edges: page.map((node) => ({ __typename: 'WebhookDeliveryEdge', cursor: node.id, node })),
          },
        },
      });
    },
  );
}
