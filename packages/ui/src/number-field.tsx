import { NumberInput } from '@mantine/core';
import type { ReactNode } from 'react';

/** An empty field is '' rather than 0, so "not set" and zero stay distinct. */
export type NumberFieldValue = number | '';

export interface NumberFieldProps {
  label: string;
  value: NumberFieldValue;
  onChange: (value: NumberFieldValue) => void;
  description?: ReactNode;
  error?: ReactNode;
  min?: number;
  max?: number;
  suffix?: string;
  /** Whole numbers only unless set. */
  allowDecimal?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
}

export function NumberField({ value, onChange, allowDecimal = false, ...rest }: NumberFieldProps) {
  return (
    <NumberInput
      {...rest}
      value={value}
      allowDecimal={allowDecimal}
      clampBehavior="none"
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next))}
    />
  );
}
