import { DateTime } from 'luxon';
import { Jurisdiction } from './privacy-request-enums';
import { US_STATE_LAWS } from './us-state-laws';
import { US_STATE_NAMES } from './us-states';

/** GDPR and its copies: the EU, the rest of the EEA, the United Kingdom and Switzerland. */
const GDPR_COUNTRIES = new Set(
  (
    'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE' + // EU
    ' IS LI NO' + // EEA
    ' GB CH'
  ).split(' '),
);

/** Where a subject lives, as far as the end user's profile says: the country and, in the US, the state. */
export type SubjectPlace = { countryCode?: string | null; regionCode?: string | null };

/** The US state of a subject, e.g. "VA"; undefined outside the US or when the state is not known. */
export function usStateOf(place: SubjectPlace): string | undefined {
  if (place.countryCode?.toUpperCase() !== 'US' || !place.regionCode) return undefined;
  const state = place.regionCode.toUpperCase();
  return state in US_STATE_NAMES ? state : undefined;
}

/**
 * The jurisdiction of a subject: GDPR countries by country; in the US, California's CCPA only for California, a
 * state's own law where it has one, and otherwise (a state without a law, or no state known) the general US rules,
 * never CCPA by default. Anywhere else, or nothing known: OTHER, the stricter of GDPR and CCPA.
 */
export function jurisdictionOf(place: SubjectPlace): Jurisdiction {
  const code = place.countryCode?.toUpperCase();
  if (code && GDPR_COUNTRIES.has(code)) return Jurisdiction.EU_EEA_UK_CH;
  if (code !== 'US') return Jurisdiction.OTHER;
  const state = usStateOf(place);
  if (state === 'CA') return Jurisdiction.US_CA;
  if (state && state in US_STATE_LAWS) return Jurisdiction.US_STATE;
  return Jurisdiction.US_GENERAL;
}

const ACKNOWLEDGE_BUSINESS_DAYS = 10;
const CCPA_RESPONSE_DAYS = 45;
/** Every US state law, and the general US practice where none applies, answers in 45 days, extended once by 45. */
const US_RESPONSE_DAYS = 45;
const US_EXTENSION_DAYS = 45;
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

/**
 * GDPR: one calendar month (Jan 31 -> Feb 28/29). CCPA and OTHER: acknowledge in 10 business days, answer in 45 days.
 * A US state law: its own number of days (45, Iowa 90), no acknowledgement deadline; the general US rules: 45 days.
 */
export function deadlinesFor(jurisdiction: Jurisdiction, receivedAt: Date, usState?: string): Deadlines {
  if (jurisdiction === Jurisdiction.EU_EEA_UK_CH) return { dueAt: utc(receivedAt).plus({ months: 1 }).toJSDate() };
  if (jurisdiction === Jurisdiction.US_STATE || jurisdiction === Jurisdiction.US_GENERAL) {
    const days = (usState && US_STATE_LAWS[usState]?.responseDays) || US_RESPONSE_DAYS;
    return { dueAt: utc(receivedAt).plus({ days }).toJSDate() };
  }
  return {
    dueAt: utc(receivedAt).plus({ days: CCPA_RESPONSE_DAYS }).toJSDate(),
    acknowledgeBy: addBusinessDays(receivedAt, ACKNOWLEDGE_BUSINESS_DAYS),
  };
}

export type ExtensionAsk = { months?: number; days?: number };
export type ExtensionRefusal = { field: 'months' | 'days' | 'id'; message: string };

/**
 * The new due date of an extension, or why it is refused. GDPR: 1 or 2 more months, asked before the first month
 * ends. Everywhere else: 45 more days, once, asked before the deadline.
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
  if (ask.months !== undefined || ask.days !== US_EXTENSION_DAYS) {
    return { field: 'days', message: `days: the extension is ${US_EXTENSION_DAYS} days, once` };
  }
  if (now >= request.dueAt) return { field: 'id', message: 'the deadline has passed: it can no longer be extended' };
  return { dueAt: utc(request.dueAt).plus({ days: US_EXTENSION_DAYS }).toJSDate() };
}

/** Whole days until the deadline; negative once it has passed. */
export const daysLeft = (dueAt: Date, now: Date): number => Math.floor(utc(dueAt).diff(utc(now), 'days').days);
