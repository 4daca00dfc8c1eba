import { describe, expect, it } from 'vitest';
import { describeTrend } from './trend';

describe('describeTrend', () => {
  it('says how much a figure rose or fell against the period before, in whole percents', () => {
    expect(describeTrend(0.4).label).toBe('Up 40%');
    expect(describeTrend(-0.054).label).toBe('Down 5%');
    expect(describeTrend(11 / 6).label).toBe('Up 183%');
  });

  it('says when there is nothing to compare with, or no change', () => {
    expect(describeTrend(null)).toMatchObject({ label: 'No earlier figure to compare', direction: 'none' });
    expect(describeTrend(0.001)).toMatchObject({ label: 'No change', direction: 'flat' });
  });
});
