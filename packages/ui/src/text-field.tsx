import { TextInput } from '@mantine/core';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

export interface TextFieldProps extends Omit<ComponentPropsWithoutRef<'input'>, 'size'> {
  label: string;
  description?: ReactNode;
  error?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  return <TextInput {...props} />;
}
