import { NativeSelect } from '@mantine/core';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<ComponentPropsWithoutRef<'select'>, 'size' | 'onChange' | 'value'> {
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: ReactNode;
  /** Keeps the accessible name but hides the visible label, e.g. inside a table row. */
  hideLabel?: boolean;
  size?: 'xs' | 'sm' | 'md';
}

// A native select: the platform picker is the most usable one on phones and needs no portal.
export function SelectField({ label, options, onChange, hideLabel = false, ...rest }: SelectFieldProps) {
  return (
    <NativeSelect
      {...rest}
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      data={options.map((option) => ({ value: option.value, label: option.label }))}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
