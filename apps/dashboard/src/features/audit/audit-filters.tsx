import { DateRangeField, Group, SelectField, type DateRange } from '@vicinity/ui';

export interface AuditFilterValues {
  actorId: string;
  action: string;
  range: DateRange;
}

export interface AuditFiltersProps {
  actors: readonly { id: string; name: string }[];
  actions: readonly { action: string; words: string }[];
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
}

export function AuditFilters({ actors, actions, values, onChange }: AuditFiltersProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter the audit log">
      <SelectField
        label="Actor"
        options={[{ value: '', label: 'Anyone' }, ...actors.map((actor) => ({ value: actor.id, label: actor.name }))]}
        value={values.actorId}
        onChange={(actorId) => onChange({ ...values, actorId })}
        style={{ flex: '0 1 200px' }}
      />
      <SelectField
        label="Action"
        options={[
          { value: '', label: 'Any action' },
          ...actions.map((action) => ({ value: action.action, label: action.words })),
        ]}
        value={values.action}
        onChange={(action) => onChange({ ...values, action })}
        style={{ flex: '1 1 220px' }}
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
