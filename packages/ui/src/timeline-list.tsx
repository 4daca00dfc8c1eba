import { Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TimelineEntry {
  key: string;
  title: ReactNode;
  /** When it happened, already formatted. */
  time: string;
  details?: ReactNode;
  /** A Mantine colour for the bullet, e.g. "red" for a denial or a withdrawal. */
  color?: string;
}

export interface TimelineListProps {
  /** Accessible name of the list. */
  label: string;
  entries: readonly TimelineEntry[];
}

/** Events in the order given, as a vertical timeline that screen readers read as a list. */
export function TimelineList({ label, entries }: TimelineListProps) {
  return (
    <Timeline role="list" aria-label={label} bulletSize={16} lineWidth={2} active={entries.length}>
      {entries.map((entry) => (
        <Timeline.Item key={entry.key} role="listitem" title={entry.title} color={entry.color}>
          {entry.details}
          <Text size="xs" c="dimmed" mt={2}>
            {entry.time}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
