import { describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/format-date';
import { describeDates } from './campaign-dates';

const start = '2025-03-01T09:00:00.000Z';
const end = '2025-03-31T21:00:00.000Z';

describe('describeDates', () => {
  it('gives the start and end of a campaign, or whichever of them is set', () => {
    expect(describeDates({ startsAt: start, endsAt: end })).toBe(`${formatDate(start)} – ${formatDate(end)}`);
    expect(describeDates({ startsAt: start, endsAt: null })).toBe(`From ${formatDate(start)}`);
    expect(describeDates({ startsAt: null, endsAt: end })).toBe(`Until ${formatDate(end)}`);
  });

  it('says when a campaign has no dates', () => {
    expect(describeDates(null)).toBe('No dates set');
    expect(describeDates({ startsAt: null, endsAt: null })).toBe('No dates set');
  });
});
