import type { StatsBucket } from '@vicinity/schema/graphql';
import dayjs from 'dayjs';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** Rates arrive as fractions (0.25); none when the cohort is too small to show. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : percent.format(rate);
}

export function formatBucketStart(start: string, bucket: StatsBucket): string {
  const date = dayjs(start);
  if (bucket === 'HOUR') return date.format('D MMM HH:mm');
  if (bucket === 'WEEK') return `Week of ${date.format('D MMM')}`;
  return date.format('ddd D MMM');
}

export const bucketOptions: { value: StatsBucket; label: string }[] = [
  { value: 'HOUR', label: 'Hour' },
  { value: 'DAY', label: 'Day' },
  { value: 'WEEK', label: 'Week' },
];

export function isStatsBucket(value: string): value is StatsBucket {
  return bucketOptions.some((option) => option.value === value);
}
