import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, RETRY_CAP_MS, retryDelayMs } from './retry-schedule';

const HOUR = 60 * 60_000;

/** Every wait from the first failure to the last, with the same draw of chance for each. */
const waits = (random: number) =>
  Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1, random)).filter((w): w is number => w !== null);
const span = (random: number) => waits(random).reduce((sum, w) => sum + w, 0);

describe('the retry schedule', () => {
  it('retries over about a day, whatever the jitter, then gives up', () => {
    for (const random of [0, 0.5, 0.999999]) {
      expect(span(random)).toBeGreaterThan(20 * HOUR);
      expect(span(random)).toBeLessThan(32 * HOUR);
    }
    expect(span(0.5) / HOUR).toBeCloseTo(26.5, 0);
    expect(waits(0.5)).toHaveLength(MAX_ATTEMPTS - 1);
    expect(retryDelayMs(MAX_ATTEMPTS, 0.5)).toBeNull();
  });

  it('starts at half a minute and doubles, up to six hours', () => {
    expect(waits(0.5).slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...waits(0.999999))).toBeLessThanOrEqual(RETRY_CAP_MS * 1.2);
    expect(waits(0.5).at(-1)).toBe(RETRY_CAP_MS);
  });

  it('spreads deliveries that failed together', () => {
    expect(retryDelayMs(3, 0)).toBe(96_000);
    expect(retryDelayMs(3, 0.999999)).toBeGreaterThan(143_999);
  });
});
