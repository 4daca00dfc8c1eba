import { Button as MantineButton } from '@mantine/core';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'subtle';

export interface ButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'color'> {
  children: ReactNode;
  variant?: Variant;
  loading?: boolean;
  leftSection?: ReactNode;
  size?: 'xs' | 'sm' | 'md';
}

const looks: Record<Variant, { variant: string; color?: string }> = {
  primary: { variant: 'filled' },
  secondary: { variant: 'default' },
  danger: { variant: 'filled', color: 'red' },
  subtle: { variant: 'subtle' },
};

export function Button({ variant = 'primary', type = 'button', size = 'sm', ...rest }: ButtonProps) {
  const look = looks[variant];
  return <MantineButton type={type} size={size} variant={look.variant} color={look.color} {...rest} />;
}
