import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export type StatusTone = 'neutral' | 'positive' | 'caution' | 'closed';

export interface StatusBadgeProps {
  tone: StatusTone;
  children: ReactNode;
}

const colors: Record<StatusTone, string> = {
  neutral: 'gray',
  positive: 'green',
  caution: 'yellow',
  closed: 'dark',
};

export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <Badge color={colors[tone]} variant={tone === 'closed' ? 'filled' : 'light'} data-tone={tone}>
      {children}
    </Badge>
  );
}
