import { formatDate } from '../../shared/format-date';

/** A campaign's run in words: "1 Mar 2025 – 31 Mar 2025", "From 1 Mar 2025", "Until 31 Mar 2025", "No end date". */
export function describeDates(schedule: { startsAt: string | null; endsAt: string | null } | null): string {
  const starts = schedule?.startsAt ? formatDate(schedule.startsAt) : null;
  const ends = schedule?.endsAt ? formatDate(schedule.endsAt) : null;
  if (starts && ends) return `${starts} – ${ends}`;
  if (starts) return `From ${starts}`;
  if (ends) return `Until ${ends}`;
  return 'No dates set';
}
