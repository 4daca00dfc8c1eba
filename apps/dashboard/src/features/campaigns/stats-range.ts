import type { DateRange } from '@vicinity/ui';
import dayjs from 'dayjs';

const dayFormat = 'YYYY-MM-DD';

/** The last seven days, today included. */
export function lastSevenDays(today = dayjs()): DateRange {
  return [today.subtract(6, 'day').format(dayFormat), today.format(dayFormat)];
}

/** From the first day's start to the end of the last day, in the browser's time; null until both ends are picked. */
export function rangeInterval([start, end]: DateRange): { from: string; to: string } | null {
  if (!start || !end) return null;
  return {
    from: dayjs(start).startOf('day').toISOString(),
    to: dayjs(end).add(1, 'day').startOf('day').toISOString(),
  };
}
