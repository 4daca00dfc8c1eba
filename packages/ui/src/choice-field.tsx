import { Group, Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  label: string;
  description?: string;
}

export interface ChoiceFieldProps {
  label: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: ReactNode;
}

/** One of a few options, all visible at once with what each means. */
export function ChoiceField({ label, choices, value, onChange, description, error }: ChoiceFieldProps) {
  return (
    <Radio.Group label={label} description={description} error={error} value={value} onChange={onChange}>
      <Stack gap="xs" mt="xs">
        {choices.map((choice) => (
          <Radio.Card key={choice.value} value={choice.value} p="sm" radius="md">
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator />
              <Stack gap={2}>
                <span style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' }}>{choice.label}</span>
                {choice.description ? (
                  <span style={{ color: 'var(--mantine-color-dimmed)', fontSize: 'var(--mantine-font-size-xs)' }}>
                    {choice.description}
                  </span>
                ) : null}
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
