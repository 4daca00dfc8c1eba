import { PasswordInput } from '@mantine/core';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

export interface PasswordFieldProps extends Omit<ComponentPropsWithoutRef<'input'>, 'size' | 'type'> {
  label: string;
  description?: ReactNode;
  error?: ReactNode;
}

export function PasswordField(props: PasswordFieldProps) {
  // Mantine's PasswordInput does not mark its inner input invalid; screen readers need aria-invalid.
  return <PasswordInput aria-invalid={Boolean(props.error)} {...props} />;
}
