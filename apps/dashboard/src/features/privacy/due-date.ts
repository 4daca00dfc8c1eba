import { count } from '../../shared/words';

/** How close a request is to its legal deadline: >= 10 days left, fewer than 10, fewer than 5, or past it. */
export type DueUrgency = 'on-track' | 'soon' | 'urgent' | 'overdue';

export function dueUrgency(daysLeft: number): DueUrgency {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft < 5) return 'urgent';
  if (daysLeft < 10) return 'soon';
  return 'on-track';
}

export const urgencyColors: Record<DueUrgency, string> = {
  'on-track': 'green',
  soon: 'yellow',
  urgent: 'red',
  overdue: 'red',
};

const days = (n: number) => count(n, 'day', 'days');

export function dueLabel(daysLeft: number): string {
  if (daysLeft < 0) return `Overdue by ${days(-daysLeft)}`;
  if (daysLeft === 0) return 'Due today';
  return `${days(daysLeft)} left`;
}
