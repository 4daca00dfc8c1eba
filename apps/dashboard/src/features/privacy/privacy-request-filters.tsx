import { Group, SelectField, SwitchField } from '@vicinity/ui';
import { isRequestStatus, isRequestType, requestStatusOptions, requestTypeOptions } from './privacy-request-labels';
import type { PrivacyRequestFilters as Filters } from './use-privacy-request-filters';

export interface PrivacyRequestFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function PrivacyRequestFilters({ filters, onChange }: PrivacyRequestFiltersProps) {
  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filter privacy requests">
      <SelectField
        label="Status"
        options={[{ value: '', label: 'All statuses' }, ...requestStatusOptions]}
        value={filters.status ?? ''}
        onChange={(value) => onChange({ ...filters, status: isRequestStatus(value) ? value : undefined })}
        style={{ flex: '0 1 180px' }}
      />
      <SelectField
        label="Type"
        options={[{ value: '', label: 'All types' }, ...requestTypeOptions]}
        value={filters.type ?? ''}
        onChange={(value) => onChange({ ...filters, type: isRequestType(value) ? value : undefined })}
        style={{ flex: '0 1 180px' }}
      />
      <SwitchField
        label="Overdue only"
        checked={filters.overdue}
        onChange={(overdue) => onChange({ ...filters, overdue })}
      />
    </Group>
  );
}
