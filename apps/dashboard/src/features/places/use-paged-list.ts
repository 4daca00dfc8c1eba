import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useListFilters } from './use-list-filters';

interface Connection {
  edges: readonly { node: unknown }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface PagedListVariables {
  tenantId: string;
  search?: string | null;
  tag?: string | null;
  archived?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** The list's page size; the API allows up to 200. */
const pageSize = 50;

/**
 * A tenant's geofences or beacons: filtered on the server by name and tag, a page at a time, "Load more" fetching
 * the page after the last cursor and appending it (Relay cursor pagination).
 */
export function usePagedList<TData, C extends Connection>(
  document: TypedDocumentNode<TData, PagedListVariables>,
  tenantId: string,
  connectionOf: (data: TData) => C,
  withConnection: (data: TData, connection: C) => TData,
) {
  const listFilters = useListFilters();
  const query = useQuery(document, {
    variables: { tenantId, first: pageSize, ...listFilters.variables },
    // Archiving or restoring changes the list not on screen too: a list shown again is asked for afresh.
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  // While new filters load, the previous rows (and shapes on the map) stay instead of going blank.
  const shownData = query.data ?? query.previousData;
  const connection = shownData ? connectionOf(shownData) : undefined;

  async function loadMore() {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({
        variables: { after },
        updateQuery: (shown, { fetchMoreResult }) => {
          const next = connectionOf(fetchMoreResult);
          return withConnection(shown, { ...next, edges: [...connectionOf(shown).edges, ...next.edges] });
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    ...listFilters,
    connection,
    nodes: (connection?.edges.map((edge) => edge.node) ?? []) as C['edges'][number]['node'][],
    loaded: query.data !== undefined,
    error: query.error,
    refetch: query.refetch,
    loadMore,
    loadingMore,
  };
}
