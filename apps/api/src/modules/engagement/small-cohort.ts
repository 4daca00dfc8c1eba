import type { StatCount } from './stats.types';

/** Fewer end users than this behind a number and it is not shown: small numbers re-identify people. */
export const MINIMUM_COHORT = 5;

export function statCount(events: number, endUsers: number): StatCount {
  if (endUsers > 0 && endUsers < MINIMUM_COHORT) return { value: null, display: `< ${MINIMUM_COHORT}` };
  return { value: events, display: String(events) };
}
