import { Group, SelectField, TextField } from '@vicinity/ui';

export interface ListFilterValues {
  search: string;
  tag: string;
  /** Lists the archived ones, to restore them, instead of the live ones. */
  archived: boolean;
}

export interface ListFiltersProps {
  /** What is listed, for the field labels: "geofences", "beacons". */
  noun: string;
  values: ListFilterValues;
  onChange: (values: ListFilterValues) => void;
}

export function ListFilters({ noun, values, onChange }: ListFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={`Filter ${noun}`}>
      <TextField
        label="Search by name or tag"
        type="search"
        placeholder={`Find ${noun}`}
        value={values.search}
        onChange={(event) => onChange({ ...values, search: event.currentTarget.value })}
        style={{ flex: '2 1 180px' }}
      />
      <TextField
        label="Tag"
        type="search"
        placeholder="Any tag"
        value={values.tag}
        onChange={(event) => onChange({ ...values, tag: event.currentTarget.value })}
        style={{ flex: '1 1 120px' }}
      />
      <SelectField
        label="Show"
        options={[
          { value: 'live', label: `Live ${noun}` },
          { value: 'archived', label: `Archived ${noun}` },
        ]}
        value={values.archived ? 'archived' : 'live'}
        onChange={(value) => onChange({ ...values, archived: value === 'archived' })}
        style={{ flex: '1 1 150px' }}
      />
    </Group>
  );
}
