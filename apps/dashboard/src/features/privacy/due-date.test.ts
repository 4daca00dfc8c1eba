import { describe, expect, it } from 'vitest';
import { dueLabel, dueUrgency } from './due-date';

describe('due date urgency', () => {
  it.each([
    [12, 'on-track', '12 days left'],
    [10, 'on-track', '10 days left'],
    [9, 'soon', '9 days left'],
    [7, 'soon', '7 days left'],
    [4, 'urgent', '4 days left'],
    [3, 'urgent', '3 days left'],
    [0, 'urgent', 'Due today'],
    [-1, 'overdue', 'Overdue by 1 day'],
    [-2, 'overdue', 'Overdue by 2 days'],
  ])('with %i days left is %s and reads "%s"', (daysLeft, urgency, label) => {
    expect(dueUrgency(daysLeft)).toBe(urgency);
    expect(dueLabel(daysLeft)).toBe(label);
  });
});
