import { describe, expect, it } from 'vitest';
import { retentionSchema } from './retention.schema';

describe('retention periods', () => {
  it('say the least allowed in a noun that agrees with it', () => {
    const parsed = retentionSchema.safeParse({ eventRetentionDays: 0, inactiveEndUserDays: 365 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('At least 1 day');
  });
});
