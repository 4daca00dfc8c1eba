import { EmptyState as MantineEmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** Usually the one button that gets the user out of the empty state. */
  action?: ReactNode;
  icon?: ReactNode;
}

export function EmptyState({ title, description, action, icon }: EmptyStateProps) {
  return (
    <MantineEmptyState py="xl" title={title} description={description} icon={icon ?? <IconInbox aria-hidden />}>
      {action}
    </MantineEmptyState>
  );
}
