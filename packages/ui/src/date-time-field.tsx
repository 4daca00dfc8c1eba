import { DateTimePicker } from '@mantine/dates';
import type { ReactNode } from 'react';

export interface DateTimeFieldProps {
  label: string;
  /** Local date and time as "YYYY-MM-DD HH:mm:ss", or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  description?: ReactNode;
  error?: ReactNode;
  placeholder?: string;
}

export function DateTimeField({ value, onChange, ...rest }: DateTimeFieldProps) {
  return (
    <DateTimePicker
      {...rest}
      value={value}
      onChange={(next) => onChange(next)}
      valueFormat="D MMM YYYY, HH:mm"
      clearable
    />
  );
}
