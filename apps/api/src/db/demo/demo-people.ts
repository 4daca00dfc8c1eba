import { DateTime } from 'luxon';
import { permissionAllowsLocation } from '../../policy/decide';
import { ConsentPurpose, LocationPermission } from '../../policy/policy-enums';
import { Platform } from '../../modules/end-users/end-user-enums';
import type { DemoCalendar } from './demo-calendar';
import type { DemoRandom } from './demo-random';

const ADULTS = 502;
const CHILDREN = 4;
/** The privacy policy in force when most of the demo's end users joined, and the one that replaced it. */
const OLD_POLICY_VERSION = '1';
export const NEW_POLICY_VERSION = '2';
/** Days before now when the tenant published its new privacy policy: people who have not opened the app since must renew. */
export const POLICY_CHANGE_DAYS_AGO = 100;

type DemoProfile = {
  deviceId: string;
  externalId?: string;
  platform: Platform;
  locale: string;
  countryCode: string;
  birthDate?: Date;
  age?: number;
  locationPermission?: LocationPermission;
  email?: string;
  phone?: string;
  name?: string;
};

type DemoConsent = { purpose: ConsentPurpose; granted: boolean; at: Date; policyVersion: string };

type Habit = { homeCafe: number; visitsPerDay: number; commuter: boolean };

export type DemoPerson = {
  index: number;
  profile: DemoProfile;
  registeredAt: Date;
  /** The consent ledger the person will write, oldest first. */
  consents: DemoConsent[];
  habit: Habit;
  /** A child tells the app their age: the API must keep nothing of them. */
  child: boolean;
};

const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Sarah',
  'Jade',
  'Louise',
  'Emma',
  'Zoé',
  'Lucas',
  'Hugo',
  'Louis',
  'Nathan',
  'Gabriel',
  'Arthur',
  'Jules',
  'Théo',
  'Adam',
  'Raphaël',
  'Karim',
  'Yasmine',
  'Thomas',
  'Julie',
  'Antoine',
  'Mathilde',
  'Paul',
  'Elsa',
  'Noah',
  'Clara',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Benali',
];
const COUNTRIES: [[string, string], number][] = [
  [['FR', 'fr-FR'], 80],
  [['GB', 'en-GB'], 5],
  [['DE', 'de-DE'], 4],
  [['IT', 'it-IT'], 3],
  [['ES', 'es-ES'], 3],
  [['US', 'en-US'], 3],
  [['CH', 'fr-CH'], 2],
];
const PERMISSIONS: [LocationPermission, number][] = [
  [LocationPermission.ALWAYS, 38],
  [LocationPermission.WHEN_IN_USE, 46],
  [LocationPermission.DENIED, 10],
  [LocationPermission.NOT_DETERMINED, 6],
];
/** How often people come by: a few regulars, many occasional visitors, a long tail who rarely do. */
const VISIT_RATES: [number, number][] = [
  [1.2, 20],
  [0.45, 45],
  [0.12, 35],
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function identity(rng: DemoRandom, index: number, platform: Platform) {
  if (!rng.chance(0.55)) return {};
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const member = { externalId: `DCC-${String(100_000 + index * 37).padStart(6, '0')}` };
  if (!rng.chance(0.8)) return member;
  return {
    ...member,
    name: `${first} ${last}`,
    // example.com: documentation addresses, so the demo never names a real mailbox.
    email: `${ascii(first)}.${ascii(last)}${index}@example.com`,
    ...(platform !== Platform.WEB && rng.chance(0.25)
      ? {
          phone: `+33 6 ${String(rng.int(10, 99))} ${String(rng.int(10, 99))} ${String(rng.int(10, 99))} ${String(rng.int(10, 99))}`,
        }
      : {}),
  };
}

/** A birth date, a stated age, or nothing: the SDK learns the age of only some of its users. */
function age(rng: DemoRandom, calendar: DemoCalendar, years: number): Pick<DemoProfile, 'birthDate' | 'age'> {
  const kind = rng.weighted([
    ['birthDate', 40],
    ['age', 25],
    ['unknown', 35],
  ] as const);
  if (kind === 'age') return { age: years };
  if (kind === 'unknown') return {};
  const born = DateTime.fromJSDate(calendar.now, { zone: 'utc' })
    .minus({ years, days: rng.int(1, 360) })
    .startOf('day');
  return { birthDate: born.toJSDate() };
}

function profile(rng: DemoRandom, calendar: DemoCalendar, index: number, years: number): DemoProfile {
  const platform = rng.weighted([
    [Platform.IOS, 48],
    [Platform.ANDROID, 50],
    [Platform.WEB, 2],
  ]);
  const device = rng.uuid();
  const [countryCode, locale] = rng.weighted(COUNTRIES);
  return {
    // iOS hands out upper-case vendor identifiers, Android lower-case ones.
    deviceId: platform === Platform.IOS ? device.toUpperCase() : device,
    platform,
    locale,
    countryCode,
    ...age(rng, calendar, years),
    locationPermission: rng.weighted(PERMISSIONS),
    ...identity(rng, index, platform),
  };
}

const versionAt = (at: Date, policyChange: Date) => (at < policyChange ? OLD_POLICY_VERSION : NEW_POLICY_VERSION);

/**
 * What the person chose when they joined, whether they renewed it under the new policy, and what they withdrew
 * later: a ledger in time order.
 */
function consentLedger(rng: DemoRandom, calendar: DemoCalendar, person: Omit<DemoPerson, 'consents'>): DemoConsent[] {
  const policyChange = calendar.localTime(POLICY_CHANGE_DAYS_AGO, 9);
  const joined = person.registeredAt.getTime();
  const permission = person.profile.locationPermission!;
  const permitted = permissionAllowsLocation(permission);
  // Not asked for location yet: they have not reached the app's consent screens either.
  const answers = permission !== LocationPermission.NOT_DETERMINED;
  const initial: [ConsentPurpose, boolean | undefined][] = answers
    ? [
        // Some allow location in the app but not in the OS, and the other way round; some skip a question.
        [ConsentPurpose.LOCATION, rng.chance(permitted ? 0.92 : 0.3) ? true : rng.chance(0.5) ? false : undefined],
        [ConsentPurpose.MARKETING, rng.chance(0.86) ? true : rng.chance(0.5) ? false : undefined],
        [ConsentPurpose.ANALYTICS, rng.chance(0.8) ? true : rng.chance(0.5) ? false : undefined],
      ]
    : [];
  const state = new Map<ConsentPurpose, boolean>();
  const ledger: DemoConsent[] = [];
  const record = (purpose: ConsentPurpose, granted: boolean, at: Date) => {
    state.set(purpose, granted);
    ledger.push({ purpose, granted, at, policyVersion: versionAt(at, policyChange) });
  };
  initial.forEach(([purpose, granted], i) => {
    if (granted !== undefined) record(purpose, granted, new Date(joined + 20_000 + i * 3_000));
  });

  const changes: { at: Date; change: 'renew' | ConsentPurpose }[] = [];
  if (person.registeredAt < policyChange && [...state.values()].some(Boolean) && rng.chance(0.8)) {
    // Most people accept the new policy the next time they open the app, within days.
    const delay = Math.min(-Math.log(1 - rng.float()) * 4, 30) * 86_400_000;
    changes.push({ at: new Date(policyChange.getTime() + delay), change: 'renew' });
  }
  const withdrawFrom = new Date(Math.max(joined, calendar.monthStart.getTime()) + 86_400_000);
  for (const [purpose, probability] of [
    [ConsentPurpose.LOCATION, 0.06],
    [ConsentPurpose.MARKETING, 0.05],
    [ConsentPurpose.ANALYTICS, 0.04],
  ] as const) {
    if (state.get(purpose) && withdrawFrom < calendar.daysAgo(1) && rng.chance(probability)) {
      changes.push({ at: rng.between(withdrawFrom, calendar.daysAgo(0.1)), change: purpose });
    }
  }
  for (const { at, change } of changes.sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (change !== 'renew') record(change, false, at);
    // Renewing confirms what was granted; a refusal stands under any policy.
    else
      [...state]
        .filter(([, granted]) => granted)
        .forEach(([purpose], i) => record(purpose, true, new Date(at.getTime() + i * 2_000)));
  }
  return ledger;
}

/** When they installed the app: most before the month the charts show, the rest during it, in the daytime. */
function registration(rng: DemoRandom, calendar: DemoCalendar): Date {
  const daysAgo = rng.chance(0.6) ? rng.int(31, 120) : rng.int(1, 29);
  return calendar.localTime(daysAgo, rng.int(7, 21), rng.int(0, 59));
}

/** The demo's end users (and a few children, whom the API must refuse), always the same ones for one seed. */
export function demoPeople(rng: DemoRandom, calendar: DemoCalendar, cafes: number): DemoPerson[] {
  const people: DemoPerson[] = [];
  for (let index = 0; index < ADULTS + CHILDREN; index += 1) {
    const child = index >= ADULTS;
    const years = child ? rng.int(9, 12) : rng.int(16, 72);
    const person = {
      index,
      profile: profile(rng, calendar, index, years),
      registeredAt: registration(rng, calendar),
      habit: {
        homeCafe: rng.int(0, cafes - 1),
        visitsPerDay: rng.weighted(VISIT_RATES),
        commuter: rng.chance(0.4),
      },
      child,
    };
    if (child) {
      // A child's age is always known here: it is how the app tells the API, which then keeps nothing.
      person.profile.age = years;
      delete person.profile.birthDate;
    }
    people.push({ ...person, consents: consentLedger(rng, calendar, person) });
  }
  return people;
}
