// The API's limits for a campaign, checked here first so the marketer hears about them before saving.
export const campaignLimits = {
  name: 120,
  title: 64,
  body: 240,
  url: 2048,
  dwellMinutes: { min: 1, max: 1440 },
  maxDeliveries: { min: 1, max: 1000 },
  perHours: { min: 1, max: 8760 },
  minimumGapMinutes: { min: 0, max: 10080 },
  priority: { min: -1000, max: 1000 },
  timeWindows: 50,
  tags: 20,
  tag: 40,
} as const;
