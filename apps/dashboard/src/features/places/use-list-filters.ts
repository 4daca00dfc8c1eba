import { useDebouncedValue } from '@vicinity/ui';
import { useState } from 'react';
import type { ListFilterValues } from './list-filters';

/**
 * Filter fields as typed, and the server-side `search`/`tag`/`archived` arguments they lead to once typing pauses
 * (the archived choice applies at once).
 */
export function useListFilters() {
  const [filters, setFilters] = useState<ListFilterValues>({ search: '', tag: '', archived: false });
  const [debounced] = useDebouncedValue(filters, 300);
  const variables = {
    search: debounced.search.trim() || undefined,
    tag: debounced.tag.trim() || undefined,
    archived: filters.archived ? true : undefined,
  };
  return {
    filters,
    setFilters,
    variables,
    filtered: Boolean(variables.search || variables.tag),
    archived: filters.archived,
  };
}
