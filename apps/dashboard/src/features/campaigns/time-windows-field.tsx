import { Button, Group, IconPlus, IconTrash, SelectField, Stack, Text, TimeField } from '@vicinity/ui';
import { newTimeWindow, type TimeWindowDraft } from './campaign-draft';
import { errorAt } from './campaign-field-errors';
import { dayOfWeekLabels, dayOfWeekOptions } from './days-of-week';

export interface TimeWindowsFieldProps {
  windows: readonly TimeWindowDraft[];
  onChange: (windows: TimeWindowDraft[]) => void;
  errors: Record<string, string>;
  timezone: string;
}

export function TimeWindowsField({ windows, onChange, errors, timezone }: TimeWindowsFieldProps) {
  function update(key: string, change: Partial<TimeWindowDraft>) {
    onChange(windows.map((window) => (window.key === key ? { ...window, ...change } : window)));
  }

  return (
    <Stack gap="xs" role="group" aria-label="Weekly time windows">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          Weekly time windows
        </Text>
        <Text size="xs" c="dimmed">
          {windows.length === 0
            ? 'Any time of day, every day. Add windows to limit delivery to certain hours.'
            : `Delivered only within these hours, in the tenant’s time zone (${timezone}).`}
        </Text>
      </Stack>
      {windows.map((window, index) => {
        const row = `${dayOfWeekLabels[window.dayOfWeek] ?? 'Window'} ${index + 1}`;
        const path = `schedule.timeWindows.${index}`;
        return (
          <Group key={window.key} align="flex-start" gap="xs" wrap="wrap">
            <SelectField
              label={`Day of window ${index + 1}`}
              hideLabel
              options={dayOfWeekOptions}
              value={window.dayOfWeek}
              onChange={(dayOfWeek) => update(window.key, { dayOfWeek })}
              error={errorAt(errors, `${path}.dayOfWeek`)}
              size="sm"
            />
            <TimeField
              label={`Start of window ${index + 1}`}
              hideLabel
              value={window.startTime}
              onChange={(startTime) => update(window.key, { startTime })}
              error={errorAt(errors, `${path}.startTime`)}
            />
            <TimeField
              label={`End of window ${index + 1}`}
              hideLabel
              value={window.endTime}
              onChange={(endTime) => update(window.key, { endTime })}
              error={errorAt(errors, `${path}.endTime`)}
            />
            <Button
              variant="subtle"
              aria-label={`Remove ${row}`}
              onClick={() => onChange(windows.filter((other) => other.key !== window.key))}
            >
              <IconTrash size={16} aria-hidden />
            </Button>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="secondary"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...windows, newTimeWindow()])}
        >
          Add time window
        </Button>
      </Group>
    </Stack>
  );
}
