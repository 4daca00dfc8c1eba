import { useDebouncedValue } from '@vicinity/ui';
import { useState } from 'react';
import type { ListFilterValues } from './list-filters';

/** Filter fields as typed, and the server-side `search`/`tag` arguments they lead to once typing pauses. */
export function useListFilters() {
  const [filters, setFilters] = useState<ListFilterValues>({ search: '', tag: '' });
  const [debounced] = useDebouncedValue(filters, 300);
  const variables = {
    search: debounced.search.trim() || undefined,
    tag: debounced.tag.trim() || undefined,
  };
  return { filters, setFilters, variables, filtered: Boolean(variables.search || variables.tag) };
}
