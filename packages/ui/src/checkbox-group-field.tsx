import { Checkbox, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
  description?: string;
}

export interface CheckboxGroupFieldProps {
  label: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: ReactNode;
  error?: ReactNode;
}

/** A few options, any number of them chosen, all visible at once (a long list wants ChecklistField's search). */
export function CheckboxGroupField({ label, options, value, onChange, description, error }: CheckboxGroupFieldProps) {
  return (
    <Checkbox.Group label={label} description={description} error={error} value={[...value]} onChange={onChange}>
      <Stack gap="xs" mt="xs">
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} description={option.description} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
