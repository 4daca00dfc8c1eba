import { describe, expect, it } from 'vitest';
import { auditPeriod } from './audit-period';

describe('audit period', () => {
  it('runs from the first local day to the start of the day after the last, which the API excludes', () => {
    expect(auditPeriod(['2025-03-01', '2025-03-03'])).toEqual({
      from: new Date(2025, 2, 1).toISOString(),
      to: new Date(2025, 2, 4).toISOString(),
    });
  });

  it('filters nothing while the end of the range is still being picked', () => {
    expect(auditPeriod(['2025-03-01', null])).toEqual({});
    expect(auditPeriod([null, null])).toEqual({});
  });
});
