import { describe, expect, it } from 'vitest';
import { addBusinessDays, daysLeft, deadlinesFor, extendedDueAt, jurisdictionOf, usStateOf } from './deadlines';
import { jurisdictionWords } from './jurisdiction-words';
import { Jurisdiction } from './privacy-request-enums';

const d = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

describe('legal deadlines of privacy requests', () => {
  it.each([
    ['FR', undefined, Jurisdiction.EU_EEA_UK_CH, undefined, 'EU, EEA, UK or Switzerland (GDPR)'],
    ['no', undefined, Jurisdiction.EU_EEA_UK_CH, undefined, 'EU, EEA, UK or Switzerland (GDPR)'],
    ['GB', 'ENG', Jurisdiction.EU_EEA_UK_CH, undefined, 'EU, EEA, UK or Switzerland (GDPR)'],
    ['CH', undefined, Jurisdiction.EU_EEA_UK_CH, undefined, 'EU, EEA, UK or Switzerland (GDPR)'],
    ['US', 'CA', Jurisdiction.US_CA, 'CA', 'California (CCPA)'],
    ['us', 'ca', Jurisdiction.US_CA, 'CA', 'California (CCPA)'],
    ['US', 'VA', Jurisdiction.US_STATE, 'VA', 'Virginia (state privacy law)'],
    ['US', 'CO', Jurisdiction.US_STATE, 'CO', 'Colorado (state privacy law)'],
    ['US', 'CT', Jurisdiction.US_STATE, 'CT', 'Connecticut (state privacy law)'],
    ['US', 'IA', Jurisdiction.US_STATE, 'IA', 'Iowa (state privacy law)'],
    ['US', 'OH', Jurisdiction.US_GENERAL, 'OH', 'Ohio, no state privacy law: general US rules'],
    ['US', undefined, Jurisdiction.US_GENERAL, undefined, 'US (state unknown): general US rules'],
    ['US', 'ZZ', Jurisdiction.US_GENERAL, undefined, 'US (state unknown): general US rules'],
    ['CA', 'QC', Jurisdiction.OTHER, undefined, 'Elsewhere or unknown: the stricter of GDPR and CCPA'],
    ['BR', undefined, Jurisdiction.OTHER, undefined, 'Elsewhere or unknown: the stricter of GDPR and CCPA'],
    [undefined, 'CA', Jurisdiction.OTHER, undefined, 'Elsewhere or unknown: the stricter of GDPR and CCPA'],
  ])('puts country %s, region %s under %s (state %s): "%s"', (countryCode, regionCode, expected, state, words) => {
    expect(jurisdictionOf({ countryCode, regionCode })).toBe(expected);
    expect(usStateOf({ countryCode, regionCode })).toBe(state);
    expect(jurisdictionWords(expected, state)).toBe(words);
  });

  it.each([
    [Jurisdiction.US_CA, 'CA', '2026-03-17T10:00:00.000Z', true],
    [Jurisdiction.US_STATE, 'VA', '2026-03-17T10:00:00.000Z', false],
    [Jurisdiction.US_STATE, 'IA', '2026-05-01T10:00:00.000Z', false],
    [Jurisdiction.US_GENERAL, 'OH', '2026-03-17T10:00:00.000Z', false],
    [Jurisdiction.US_GENERAL, undefined, '2026-03-17T10:00:00.000Z', false],
    [Jurisdiction.OTHER, undefined, '2026-03-17T10:00:00.000Z', true],
  ])('gives %s (state %s) until %s, with a CCPA acknowledgement deadline: %s', (j, state, due, acknowledges) => {
    const deadlines = deadlinesFor(j, d('2026-01-31T10:00:00Z'), state);
    expect(iso(deadlines.dueAt)).toBe(due);
    expect(deadlines.acknowledgeBy !== undefined).toBe(acknowledges);
  });

  it.each([
    ['2026-01-15T10:00:00.000Z', '2026-02-15T10:00:00.000Z', 'mid-month'],
    ['2026-01-31T10:00:00.000Z', '2026-02-28T10:00:00.000Z', 'January 31 to the end of February'],
    ['2028-01-31T10:00:00.000Z', '2028-02-29T10:00:00.000Z', 'a leap year'],
    ['2026-03-31T10:00:00.000Z', '2026-04-30T10:00:00.000Z', 'a 31st into a 30-day month'],
    ['2026-12-31T23:30:00.000Z', '2027-01-31T23:30:00.000Z', 'across the year'],
  ])('gives GDPR one calendar month: %s -> %s (%s)', (received, due) => {
    expect(iso(deadlinesFor(Jurisdiction.EU_EEA_UK_CH, d(received)).dueAt)).toBe(due);
    expect(deadlinesFor(Jurisdiction.EU_EEA_UK_CH, d(received)).acknowledgeBy).toBeUndefined();
  });

  it.each([
    ['2026-01-05T09:00:00.000Z', '2026-01-19T09:00:00.000Z', 'a Monday: two full weeks'],
    ['2026-01-02T09:00:00.000Z', '2026-01-16T09:00:00.000Z', 'a Friday'],
    ['2026-01-03T09:00:00.000Z', '2026-01-16T09:00:00.000Z', 'a Saturday: counting starts on Monday'],
    ['2026-01-04T09:00:00.000Z', '2026-01-16T09:00:00.000Z', 'a Sunday'],
    ['2028-02-25T09:00:00.000Z', '2028-03-10T09:00:00.000Z', 'a Friday across a leap day'],
  ])('counts 10 business days to acknowledge: %s -> %s (%s)', (received, ack) => {
    expect(iso(addBusinessDays(d(received), 10))).toBe(ack);
    expect(iso(deadlinesFor(Jurisdiction.US_CA, d(received)).acknowledgeBy)).toBe(ack);
  });

  it('gives CCPA and unknown jurisdictions 45 calendar days', () => {
    for (const j of [Jurisdiction.US_CA, Jurisdiction.OTHER]) {
      expect(iso(deadlinesFor(j, d('2028-01-31T10:00:00Z')).dueAt)).toBe('2028-03-16T10:00:00.000Z');
    }
  });

  const eu = (received: string) => {
    const receivedAt = d(received);
    return {
      jurisdiction: Jurisdiction.EU_EEA_UK_CH,
      receivedAt,
      ...deadlinesFor(Jurisdiction.EU_EEA_UK_CH, receivedAt),
    };
  };

  it('extends a GDPR deadline by one or two months from receipt, only within the first month', () => {
    const request = eu('2026-01-31T10:00:00Z');
    expect(extendedDueAt(request, { months: 2 }, d('2026-02-10T00:00:00Z'))).toEqual({
      dueAt: d('2026-04-30T10:00:00Z'),
    });
    expect(extendedDueAt(request, { months: 1 }, d('2026-02-10T00:00:00Z'))).toEqual({
      dueAt: d('2026-03-31T10:00:00Z'),
    });
    expect(extendedDueAt(request, { months: 3 }, d('2026-02-10T00:00:00Z'))).toMatchObject({ field: 'months' });
    expect(extendedDueAt(request, { days: 45 }, d('2026-02-10T00:00:00Z'))).toMatchObject({ field: 'months' });
    expect(extendedDueAt(request, { months: 1 }, d('2026-02-28T10:00:00Z'))).toMatchObject({ field: 'id' });
    expect(
      extendedDueAt({ ...request, extendedUntil: d('2026-03-31T10:00:00Z') }, { months: 1 }, d('2026-02-01')),
    ).toMatchObject({ field: 'id' });
  });

  it.each([Jurisdiction.US_CA, Jurisdiction.US_STATE, Jurisdiction.US_GENERAL, Jurisdiction.OTHER])(
    'extends a %s deadline once by 45 days, before it passes',
    (jurisdiction) => {
      const receivedAt = d('2026-01-01T10:00:00Z');
      const request = { jurisdiction, receivedAt, ...deadlinesFor(jurisdiction, receivedAt, 'VA') };
      expect(extendedDueAt(request, { days: 45 }, d('2026-02-01T00:00:00Z'))).toEqual({
        dueAt: d('2026-04-01T10:00:00Z'),
      });
    },
  );

  it('extends a CCPA deadline once by 45 days, before it passes', () => {
    const receivedAt = d('2026-01-01T10:00:00Z');
    const request = { jurisdiction: Jurisdiction.US_CA, receivedAt, ...deadlinesFor(Jurisdiction.US_CA, receivedAt) };
    expect(extendedDueAt(request, { days: 45 }, d('2026-02-01T00:00:00Z'))).toEqual({
      dueAt: d('2026-04-01T10:00:00Z'),
    });
    expect(extendedDueAt(request, { days: 30 }, d('2026-02-01T00:00:00Z'))).toMatchObject({ field: 'days' });
    expect(extendedDueAt(request, { days: 45 }, d('2026-02-16T00:00:00Z'))).toMatchObject({ field: 'id' });
  });

  it('counts whole days left, negative when overdue', () => {
    expect(daysLeft(d('2026-01-11T10:00:00Z'), d('2026-01-01T10:00:00Z'))).toBe(10);
    expect(daysLeft(d('2026-01-11T10:00:00Z'), d('2026-01-11T09:00:00Z'))).toBe(0);
    expect(daysLeft(d('2026-01-11T10:00:00Z'), d('2026-01-11T11:00:00Z'))).toBe(-1);
  });
});
