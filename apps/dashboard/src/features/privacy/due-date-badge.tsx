import { Badge, Group, Text } from '@vicinity/ui';
import { formatDate } from '../../shared/format-date';
import { dueLabel, dueUrgency, urgencyColors } from './due-date';

export interface DueDateBadgeProps {
  dueAt: string;
  daysLeft: number;
  /** Closed requests keep their due date but no longer count down. */
  open: boolean;
}

export function DueDateBadge({ dueAt, daysLeft, open }: DueDateBadgeProps) {
  if (!open) return <Text size="sm">{formatDate(dueAt)}</Text>;
  const urgency = dueUrgency(daysLeft);
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">{formatDate(dueAt)}</Text>
      <Badge
        color={urgencyColors[urgency]}
        variant={urgency === 'overdue' ? 'filled' : 'light'}
        data-urgency={urgency}
        style={{ textTransform: 'none' }}
      >
        {dueLabel(daysLeft)}
      </Badge>
    </Group>
  );
}
