import { TimeInput } from '@mantine/dates';
import type { ReactNode } from 'react';

export interface TimeFieldProps {
  label: string;
  /** "HH:MM", or '' when empty. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  hideLabel?: boolean;
  size?: 'xs' | 'sm' | 'md';
}

export function TimeField({ label, value, onChange, error, hideLabel = false, size }: TimeFieldProps) {
  return (
    <TimeInput
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      size={size}
    />
  );
}
