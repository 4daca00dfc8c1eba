import { Group, Input } from '@mantine/core';
import { DatePickerInput, TimeInput } from '@mantine/dates';
import { useId, useState, type ReactNode } from 'react';

export interface DateTimeFieldProps {
  label: string;
  /** Local date and time as "YYYY-MM-DD HH:mm:ss", or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  description?: ReactNode;
  error?: ReactNode;
  placeholder?: string;
}

const calendarLabels = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
  monthLevelControl: 'Choose the month',
  yearLevelControl: 'Choose the year',
};

/**
 * A date picked from a calendar and a time typed into the browser's own time field. Mantine's DateTimePicker put the
 * focus on an hour field showing "00" unselected after a day was picked, so typing 09:00 saved 00:00.
 */
export function DateTimeField({ label, value, onChange, description, error, placeholder }: DateTimeFieldProps) {
  const id = useId();
  const date = value ? value.slice(0, 10) : null;
  const [time, setTime] = useState(value ? value.slice(11, 16) : '');
  const combine = (day: string, hhmm: string) => `${day} ${hhmm || '00:00'}:00`;

  return (
    <Input.Wrapper
      label={label}
      labelProps={{ id: `${id}-label`, htmlFor: `${id}-date` }}
      description={description}
      error={error}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <DatePickerInput
          id={`${id}-date`}
          // Named by the label and what it shows ("Starts 15 Mar 2026"), so name and visible text agree.
          aria-labelledby={`${id}-label ${id}-date`}
          placeholder={placeholder}
          value={date}
          onChange={(day) => onChange(day ? combine(day, time) : null)}
          valueFormat="D MMM YYYY"
          ariaLabels={calendarLabels}
          clearable
          error={Boolean(error)}
          style={{ flex: 1 }}
        />
        <TimeInput
          aria-label={`${label}, time`}
          value={time}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            setTime(typed);
            if (date) onChange(combine(date, typed));
          }}
          error={Boolean(error)}
          style={{ width: 120 }}
        />
      </Group>
    </Input.Wrapper>
  );
}
