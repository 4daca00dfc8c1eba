import { Group, SelectField, TextField } from '@vicinity/ui';
import { useEffect, useRef, useState } from 'react';
import { statusOptions } from './campaign-status';
import { triggerOptions } from './campaign-trigger';
import type { CampaignFilters as Filters } from './use-campaign-filters';

export interface CampaignFiltersProps {
  filters: Filters;
  onChange: (key: keyof Filters, value: string) => void;
}

const settleDelayMs = 300;

interface TextFilterProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/** A text filter that reaches the address (and so the server) once the user pauses typing. */
function TextFilter({ label, placeholder, value, onChange }: TextFilterProps) {
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The address changed from elsewhere (filters cleared, back button): show what it says.
  if (value !== shownValue) {
    setShownValue(value);
    setText(value);
  }

  return (
    <TextField
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => onChange(next), settleDelayMs);
      }}
      style={{ flex: '1 1 200px' }}
    />
  );
}

export function CampaignFilters({ filters, onChange }: CampaignFiltersProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter campaigns">
      <TextFilter
        label="Search"
        placeholder="Name or the start of a tag"
        value={filters.search}
        onChange={(value) => onChange('search', value)}
      />
      <SelectField
        label="Status"
        options={[{ value: '', label: 'All statuses' }, ...statusOptions]}
        value={filters.status ?? ''}
        onChange={(value) => onChange('status', value)}
        style={{ flex: '0 1 160px' }}
      />
      <SelectField
        label="Trigger"
        options={[{ value: '', label: 'All triggers' }, ...triggerOptions]}
        value={filters.trigger ?? ''}
        onChange={(value) => onChange('trigger', value)}
        style={{ flex: '0 1 180px' }}
      />
      <TextFilter
        label="Tag"
        placeholder="e.g. summer"
        value={filters.tag}
        onChange={(value) => onChange('tag', value)}
      />
      <SelectField
        label="Show"
        options={[
          { value: '', label: 'Live campaigns' },
          { value: 'archived', label: 'Archived campaigns' },
        ]}
        value={filters.view}
        onChange={(value) => onChange('view', value)}
        style={{ flex: '0 1 190px' }}
      />
    </Group>
  );
}
