const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

export type Trend = { label: string; color: string; direction: 'up' | 'down' | 'flat' | 'none' };

/** A change as a share of the period before, in words: "Up 40%", "Down 5%", "No change"; none when not comparable. */
export function describeTrend(change: number | null): Trend {
  if (change === null) return { label: 'No earlier figure to compare', color: 'dimmed', direction: 'none' };
  const rounded = Math.round(change * 100) / 100;
  if (rounded === 0) return { label: 'No change', color: 'dimmed', direction: 'flat' };
  const size = percent.format(Math.abs(change));
  return rounded > 0
    ? { label: `Up ${size}`, color: 'teal.9', direction: 'up' }
    : { label: `Down ${size}`, color: 'red.9', direction: 'down' };
}
