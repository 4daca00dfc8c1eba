import type { ApolloCache } from '@apollo/client';

/** Drops every cached page of the privacy queue, so that the queue shows a request's new state when next opened. */
export function forgetQueue(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'privacyRequests' });
  cache.gc();
}
