import { DateTime } from 'luxon';
import type { TimeWindow } from './campaign-parts';

export type ScheduleFacts = { startsAt?: Date | null; endsAt?: Date | null; timeWindows: TimeWindow[] };

/** Within startsAt..endsAt, and inside one of the weekly windows (if any) in the tenant's time zone. */
export function isInSchedule(s: ScheduleFacts, at: Date, timezone: string): boolean {
  if (s.startsAt && at < s.startsAt) return false;
  if (s.endsAt && at >= s.endsAt) return false;
  if (s.timeWindows.length === 0) return true;
  const local = DateTime.fromJSDate(at, { zone: timezone });
  const clock = local.toFormat('HH:mm');
  return s.timeWindows.some((w) => w.dayOfWeek === local.weekday && w.startTime <= clock && clock < w.endTime);
}
