import { useQuery } from '@apollo/client/react';
import type { WebhookDeliveryStatus } from '@vicinity/schema/graphql';
import { useEffect } from 'react';
import { appendPage } from '../privacy/append-page';
import { useLoadMore } from '../privacy/use-load-more';
import { WebhookDeliveriesQuery } from './webhooks.operations';

const pageSize = 20;
/** The API's largest page: a refresh covers at most this many of the deliveries shown. */
const maxPageSize = 200;
/** How often the log looks again while a delivery shown is waiting for its attempt. */
export const deliveryRefreshMs = 2000;

/**
 * One endpoint's deliveries, newest first, a page at a time. While a delivery shown is pending, the log refreshes
 * every shown row at once (one page as large as what is shown), so "Load more" keeps its place.
 */
export function useDeliveryLog(endpointId: string, status: WebhookDeliveryStatus | undefined) {
  const { data, error, refetch, fetchMore } = useQuery(WebhookDeliveriesQuery, {
    variables: { endpointId, status, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const { loadMore, loadingMore } = useLoadMore((after) =>
    fetchMore({
      variables: { after, first: pageSize },
      updateQuery: (shown, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        webhookDeliveries: appendPage(shown.webhookDeliveries, fetchMoreResult.webhookDeliveries),
      }),
    }),
  );

  const connection = data?.webhookDeliveries;
  const shown = connection?.edges.length ?? 0;
  const waiting = connection?.edges.some((edge) => edge.node.status === 'PENDING') ?? false;
  useEffect(() => {
    if (!waiting || loadingMore) return;
    const timer = setTimeout(
      () => void refetch({ first: Math.min(maxPageSize, Math.max(pageSize, shown)) }).catch(() => undefined),
      deliveryRefreshMs,
    );
    return () => clearTimeout(timer);
  }, [waiting, loadingMore, shown, refetch, connection]);

  return {
    connection,
    error,
    refetch: () => refetch(),
    loadMore: () => void loadMore(connection?.pageInfo.endCursor),
    loadingMore,
  };
}
