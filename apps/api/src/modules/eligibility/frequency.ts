import type { IndexedCampaign } from './catalog-index';

/** Under its cap (deliveries in the last perHours) and past its minimum gap since the last delivery. */
export function underFrequencyLimits(c: IndexedCampaign, deliveredAt: readonly Date[], at: Date): boolean {
  if (c.capMaxDeliveries && c.capPerHours) {
    const since = at.getTime() - c.capPerHours * 3_600_000;
    if (deliveredAt.filter((d) => d.getTime() > since && d <= at).length >= c.capMaxDeliveries) return false;
  }
  if (c.minimumGapMinutes) {
    const last = Math.max(...deliveredAt.filter((d) => d <= at).map((d) => d.getTime()), -Infinity);
    if (at.getTime() - last < c.minimumGapMinutes * 60_000) return false;
  }
  return true;
}

/** How far back deliveries matter for these campaigns. */
export function lookbackMs(campaigns: readonly IndexedCampaign[]): number {
  return Math.max(
    0,
    ...campaigns.map((c) => Math.max((c.capPerHours ?? 0) * 3_600_000, (c.minimumGapMinutes ?? 0) * 60_000)),
  );
}
