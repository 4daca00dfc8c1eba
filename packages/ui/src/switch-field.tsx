import { Switch } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SwitchFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  error?: ReactNode;
  disabled?: boolean;
}

/** An on/off setting that takes effect as a whole, e.g. "only overdue" or "require marketing consent". */
export function SwitchField({ onChange, ...rest }: SwitchFieldProps) {
  return <Switch {...rest} onChange={(event) => onChange(event.currentTarget.checked)} />;
}
