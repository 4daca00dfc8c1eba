import { Textarea } from '@mantine/core';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

export interface TextareaFieldProps extends Omit<ComponentPropsWithoutRef<'textarea'>, 'size'> {
  label: string;
  description?: ReactNode;
  error?: ReactNode;
  /** Grows with its content up to this many rows. */
  maxRows?: number;
}

export function TextareaField({ maxRows = 8, ...rest }: TextareaFieldProps) {
  return <Textarea autosize minRows={3} maxRows={maxRows} {...rest} />;
}
