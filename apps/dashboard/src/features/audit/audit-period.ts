import type { DateRange } from '@vicinity/ui';
import dayjs from 'dayjs';

/** A picked range of local days as the API's instants: from the first day's start to the next day's start (excluded). */
export function auditPeriod(range: DateRange): { from?: string; to?: string } {
  const [first, last] = range;
  if (!first || !last) return {};
  return {
    from: dayjs(first).startOf('day').toISOString(),
    to: dayjs(last).add(1, 'day').startOf('day').toISOString(),
  };
}
