import { DatePickerInput } from '@mantine/dates';
import type { ReactNode } from 'react';

/** Local dates as "YYYY-MM-DD"; the end is null while the user is picking it. */
export type DateRange = [string | null, string | null];

export interface DateRangeFieldProps {
  label: string;
  value: DateRange;
  onChange: (value: DateRange) => void;
  description?: ReactNode;
  error?: ReactNode;
  maxDate?: string;
  style?: React.CSSProperties;
}

export function DateRangeField({ value, onChange, ...rest }: DateRangeFieldProps) {
  return (
    <DatePickerInput
      {...rest}
      type="range"
      value={value}
      onChange={(next) => onChange([next[0], next[1]])}
      valueFormat="D MMM YYYY"
      allowSingleDateInRange
    />
  );
}
