import { Button, Group, SwitchField, TextField } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';

export interface EndUserSearch {
  search: string;
  needsReconsent: boolean;
}

export interface EndUserSearchFormProps {
  value: EndUserSearch;
  onSearch: (value: EndUserSearch) => void;
}

/** A lookup of a person by what they gave: it runs when asked, not on every key. */
export function EndUserSearchForm({ value, onSearch }: EndUserSearchFormProps) {
  const [search, setSearch] = useState(value.search);
  const [shownSearch, setShownSearch] = useState(value.search);

  // The address changed from elsewhere (back button, a finished erasure): show what it says.
  if (value.search !== shownSearch) {
    setShownSearch(value.search);
    setSearch(value.search);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...value, search: search.trim() });
  }

  return (
    <form onSubmit={handleSubmit} role="search" aria-label="Find end users">
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextField
          label="Device id, external id, email or name"
          description="The start of it, 3 characters or more, in any case"
          type="search"
          placeholder="e.g. alice or 4f2a"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
        />
        <Button type="submit">Search</Button>
        <SwitchField
          label="Needs re-consent"
          checked={value.needsReconsent}
          onChange={(needsReconsent) => onSearch({ ...value, needsReconsent })}
        />
      </Group>
    </form>
  );
}
