import { Group, TextField } from '@vicinity/ui';

export interface ListFilterValues {
  search: string;
  tag: string;
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
        label="Search by name"
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
    </Group>
  );
}
