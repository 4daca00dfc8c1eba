import { DateRangeField, Group, SelectField, TextField, type DateRange } from '@vicinity/ui';

export interface AuditFilterValues {
  actorId: string;
  action: string;
  range: DateRange;
}

export interface AuditFiltersProps {
  actors: readonly { id: string; name: string }[];
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
}

export function AuditFilters({ actors, values, onChange }: AuditFiltersProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter the audit log">
      <SelectField
        label="Actor"
        options={[{ value: '', label: 'Anyone' }, ...actors.map((actor) => ({ value: actor.id, label: actor.name }))]}
        value={values.actorId}
        onChange={(actorId) => onChange({ ...values, actorId })}
        style={{ flex: '0 1 200px' }}
      />
      <TextField
        label="Action"
        description="The exact mutation name"
        placeholder="e.g. completePrivacyRequest"
        value={values.action}
        onChange={(event) => onChange({ ...values, action: event.currentTarget.value })}
        style={{ flex: '1 1 200px' }}
      />
      <DateRangeField
        label="Dates"
        value={values.range}
        onChange={(range) => onChange({ ...values, range })}
        style={{ flex: '0 1 260px' }}
      />
    </Group>
  );
}
