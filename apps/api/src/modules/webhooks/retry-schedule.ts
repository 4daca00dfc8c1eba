/** The first retry waits this long; each next one twice the last, up to RETRY_CAP_MS. */
export const RETRY_BASE_MS = 30_000;
export const RETRY_CAP_MS = 6 * 60 * 60_000;
/** After this many failed attempts (about a day and a bit) a delivery is dead: kept for replay, not retried. */
export const MAX_ATTEMPTS = 14;
/** Each wait is spread ±20%, so the retries of many deliveries that failed together do not arrive together. */
const JITTER = 0.2;

/** How long to wait after the `failedAttempts`-th failure (1 for the first), or null when it was the last. */
export type RetrySchedule = (failedAttempts: number, random: number) => number | null;

export const retryDelayMs: RetrySchedule = (failedAttempts, random) => {
  if (failedAttempts >= MAX_ATTEMPTS) return null;
  const nominal = Math.min(RETRY_BASE_MS * 2 ** (failedAttempts - 1), RETRY_CAP_MS);
  return Math.round(nominal * (1 + JITTER * (2 * random - 1)));
};
