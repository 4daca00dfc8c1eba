import { DateTime } from 'luxon';
import { Jurisdiction } from './privacy-request-enums';

/** GDPR and its copies: the EU, the rest of the EEA, the United Kingdom and Switzerland. */
const GDPR_COUNTRIES = new Set(
  (
    'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE' + // EU
    ' IS LI NO' + // EEA
    ' GB CH'
  ).split(' '),
);

/**
 * The jurisdiction of a subject from their country code. Only the country is stored, not the state: every US
 * subject gets the CCPA (California) deadlines, the strictest US ones. Unknown: OTHER, the stricter of both.
 */
export function jurisdictionOf(countryCode: string | null | undefined): Jurisdiction {
  const code = countryCode?.toUpperCase();
  if (code && GDPR_COUNTRIES.has(code)) return Jurisdiction.EU_EEA_UK_CH;
  if (code === 'US') return Jurisdiction.US_CA;
  return Jurisdiction.OTHER;
}

const ACKNOWLEDGE_BUSINESS_DAYS = 10;
const CCPA_RESPONSE_DAYS = 45;
const CCPA_EXTENSION_DAYS = 45;
const GDPR_MAX_EXTENSION_MONTHS = 2;

const utc = (d: Date) => DateTime.fromJSDate(d, { zone: 'utc' });

/** `days` working days (Monday to Friday) after `from`, at the same time of day; public holidays are not counted out. */
export function addBusinessDays(from: Date, days: number): Date {
  let t = utc(from);
  for (let left = days; left > 0;) {
    t = t.plus({ days: 1 });
    if (t.weekday <= 5) left -= 1;
  }
  return t.toJSDate();
}

export type Deadlines = { dueAt: Date; acknowledgeBy?: Date };

/** GDPR: one calendar month (Jan 31 -> Feb 28/29). CCPA and OTHER: acknowledge in 10 business days, answer in 45 days. */
export function deadlinesFor(jurisdiction: Jurisdiction, receivedAt: Date): Deadlines {
  if (jurisdiction === Jurisdiction.EU_EEA_UK_CH) return { dueAt: utc(receivedAt).plus({ months: 1 }).toJSDate() };
  return {
    dueAt: utc(receivedAt).plus({ days: CCPA_RESPONSE_DAYS }).toJSDate(),
    acknowledgeBy: addBusinessDays(receivedAt, ACKNOWLEDGE_BUSINESS_DAYS),
  };
}

export type ExtensionAsk = { months?: number; days?: number };
export type ExtensionRefusal = { field: 'months' | 'days' | 'id'; message: string };

/**
 * The new due date of an extension, or why it is refused. GDPR: 1 or 2 more months, asked before the first month
 * ends. CCPA/OTHER: 45 more days, once, asked before the deadline.
 */
export function extendedDueAt(
  request: { jurisdiction: Jurisdiction; receivedAt: Date; dueAt: Date; extendedUntil?: Date | null },
  ask: ExtensionAsk,
  now: Date,
): { dueAt: Date } | ExtensionRefusal {
  if (request.extendedUntil) return { field: 'id', message: 'this request has already been extended' };
  if (request.jurisdiction === Jurisdiction.EU_EEA_UK_CH) {
    const months = ask.months;
    if (ask.days !== undefined || months === undefined || months < 1 || months > GDPR_MAX_EXTENSION_MONTHS) {
      return { field: 'months', message: `months: GDPR allows 1 to ${GDPR_MAX_EXTENSION_MONTHS} more months` };
    }
    const firstMonthEnds = utc(request.receivedAt).plus({ months: 1 });
    if (utc(now) >= firstMonthEnds) {
      return { field: 'id', message: 'GDPR extensions must be decided within the first month' };
    }
    return {
      dueAt: utc(request.receivedAt)
        .plus({ months: 1 + months })
        .toJSDate(),
    };
  }
  if (ask.months !== undefined || ask.days !== CCPA_EXTENSION_DAYS) {
    return { field: 'days', message: `days: the extension is ${CCPA_EXTENSION_DAYS} days, once` };
  }
  if (now >= request.dueAt) return { field: 'id', message: 'the deadline has passed: it can no longer be extended' };
  return { dueAt: utc(request.dueAt).plus({ days: CCPA_EXTENSION_DAYS }).toJSDate() };
}

/** Whole days until the deadline; negative once it has passed. */
export const daysLeft = (dueAt: Date, now: Date): number => Math.floor(utc(dueAt).diff(utc(now), 'days').days);
