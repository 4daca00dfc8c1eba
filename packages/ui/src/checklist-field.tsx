import { Checkbox, Input, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { LoadingState } from './loading-state';

export interface ChecklistOption {
  value: string;
  label: string;
  description?: string;
}

export interface ChecklistFieldProps {
  label: string;
  options: readonly ChecklistOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  search: string;
  onSearchChange: (search: string) => void;
  description?: ReactNode;
  error?: ReactNode;
  loading?: boolean;
  /** Shown instead of the list when no option matches. */
  empty: ReactNode;
}

/** A searchable list of checkboxes; the caller filters `options` (often on the server) from `search`. */
export function ChecklistField({
  label,
  options,
  value,
  onChange,
  search,
  onSearchChange,
  description,
  error,
  loading = false,
  empty,
}: ChecklistFieldProps) {
  function toggle(option: string, checked: boolean) {
    onChange(checked ? [...value, option] : value.filter((selected) => selected !== option));
  }

  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <Paper withBorder radius="md" p="xs" mt={4}>
        <Stack gap="xs">
          <TextInput
            aria-label={`Search ${label.toLowerCase()}`}
            placeholder="Search by name"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => onSearchChange(event.currentTarget.value)}
          />
          {loading ? (
            <LoadingState label={`Loading ${label.toLowerCase()}…`} />
          ) : options.length === 0 ? (
            <Text size="sm" c="dimmed" py="sm" ta="center">
              {empty}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={280} type="auto">
              <Stack gap={6} role="group" aria-label={label} p={4}>
                {options.map((option) => (
                  <Checkbox
                    key={option.value}
                    label={option.label}
                    description={option.description}
                    checked={value.includes(option.value)}
                    onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                  />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Stack>
      </Paper>
    </Input.Wrapper>
  );
}
