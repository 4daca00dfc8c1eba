import { useState } from 'react';

/** Loads the page after a cursor once at a time, and says whether it is loading. */
export function useLoadMore(fetchPageAfter: (cursor: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);

  async function loadMore(cursor: string | null | undefined) {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    try {
      await fetchPageAfter(cursor);
    } finally {
      setLoadingMore(false);
    }
  }

  return { loadMore, loadingMore };
}
