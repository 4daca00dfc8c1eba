import type { EntityManager } from '@mikro-orm/core';
import { CampaignStatus, Trigger } from '../src/modules/campaigns/campaign-enums';
import { Campaign } from '../src/modules/campaigns/campaign.entity';
import { CampaignTarget } from '../src/modules/campaigns/campaign-target.entity';
import { ApiKey } from '../src/modules/auth/api-key.entity';
import { ApiKeyScope } from '../src/modules/auth/api-key-scope';
import { hashToken, newApiKey } from '../src/modules/auth/secrets';
import { catalogChanged } from '../src/modules/eligibility/catalog-version';
import { ConsentRecord } from '../src/modules/end-users/consent-record.entity';
import { ConsentSource } from '../src/modules/end-users/end-user-enums';
import { EndUser } from '../src/modules/end-users/end-user.entity';
import { Beacon } from '../src/modules/places/beacon.entity';
import { Geofence } from '../src/modules/places/geofence.entity';
import { circleGeometry, polygonGeometry } from '../src/modules/places/geometry';
import { Tenant } from '../src/modules/tenants/tenant.entity';
import { ConsentPurpose, LocationPermission } from '../src/policy/policy-enums';

/** The area the bench's places and positions fall in: about 110 x 80 km around Paris. */
export const AREA = { minLatitude: 48.3, maxLatitude: 49.3, minLongitude: 1.8, maxLongitude: 2.9 };
const BATCH = 2000;

let seed = 42;
/** Deterministic, so runs compare. */
export function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
export const randomPosition = () => ({
  latitude: AREA.minLatitude + random() * (AREA.maxLatitude - AREA.minLatitude),
  longitude: AREA.minLongitude + random() * (AREA.maxLongitude - AREA.minLongitude),
});

async function insertInBatches(em: EntityManager, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await em.insertMany(rows.slice(i, i + BATCH));
}

export async function seedTenant(em: EntityManager): Promise<{ tenant: Tenant; key: string }> {
  const tenant = new Tenant('Bench Retail');
  tenant.requireMarketingConsent = true;
  const { key, prefix } = newApiKey();
  em.persist([
    tenant,
    new ApiKey({
      tenant,
      name: 'bench',
      prefix,
      keyHash: hashToken(key),
      scopes: [ApiKeyScope.SDK],
      createdById: 'bench',
    }),
  ]);
  await em.flush();
  return { tenant, key };
}

/**
 * End users `from` to `to` (device-<i>) cycling through every consent variant, their ledger and its current state;
 * returns the device ids the policy lets be targeted.
 */
export async function seedEndUsers(em: EntityManager, tenant: Tenant, from: number, to: number): Promise<string[]> {
  const permissions = Object.values(LocationPermission);
  const users: EndUser[] = [];
  const consents: ConsentRecord[] = [];
  const eligible: string[] = [];
  const at = new Date(Date.now() - 3_600_000);
  for (let i = from; i < to; i++) {
    const user = new EndUser(tenant, `device-${i}`);
    user.age = 18 + (i % 60);
    user.locationPermission = permissions[i % permissions.length]!;
    const location = i % 3 !== 2;
    const marketing = i % 5 !== 4;
    user.locationConsent = location;
    user.marketingConsent = marketing;
    user.analyticsConsent = i % 2 === 0;
    for (const [purpose, granted] of [
      [ConsentPurpose.LOCATION, location],
      [ConsentPurpose.MARKETING, marketing],
      [ConsentPurpose.ANALYTICS, i % 2 === 0],
    ] as const) {
      consents.push(
        new ConsentRecord({
          tenant,
          endUser: user,
          purpose,
          granted,
          source: ConsentSource.SDK,
          policyVersion: '1',
          recordedAt: at,
          evidence: { requestId: 'bench' },
        }),
      );
    }
    if (
      location &&
      marketing &&
      (user.locationPermission === LocationPermission.ALWAYS ||
        user.locationPermission === LocationPermission.WHEN_IN_USE)
    ) {
      eligible.push(user.deviceId);
    }
    users.push(user);
  }
  await insertInBatches(em, users);
  await insertInBatches(em, consents);
  return eligible;
}

/** Adds geofences (half circles of 50-500 m, half small polygons) targeted by one more ACTIVE campaign. */
export async function addGeofences(em: EntityManager, tenant: Tenant, count: number, label: string): Promise<void> {
  const campaign = new Campaign(tenant, `Bench ${label}`, Trigger.ENTER, { title: `Offer ${label}` });
  campaign.status = CampaignStatus.ACTIVE;
  campaign.activatedAt = new Date();
  await em.persistAndFlush(campaign);
  const geofences: Geofence[] = [];
  const targets: CampaignTarget[] = [];
  for (let i = 0; i < count; i++) {
    const c = randomPosition();
    const d = 0.001 + random() * 0.004;
    const geometry =
      i % 2 === 0
        ? circleGeometry(c, 50 + random() * 450)
        : polygonGeometry([
            { latitude: c.latitude - d, longitude: c.longitude - d },
            { latitude: c.latitude - d, longitude: c.longitude + d },
            { latitude: c.latitude + d, longitude: c.longitude + d },
            { latitude: c.latitude + d, longitude: c.longitude - d },
          ]);
    const geofence = new Geofence(tenant, `g-${label}-${i}`, geometry);
    geofences.push(geofence);
    targets.push(new CampaignTarget(campaign, { geofence }));
  }
  await insertInBatches(em, geofences);
  await insertInBatches(em, targets);
  await catalogChanged(em, tenant.id);
}

export async function seedBeacons(em: EntityManager, tenant: Tenant, count: number): Promise<void> {
  const campaign = new Campaign(tenant, 'Bench beacons', Trigger.BEACON_NEAR, { title: 'Beacon offer' });
  campaign.status = CampaignStatus.ACTIVE;
  await em.persistAndFlush(campaign);
  const beacons = Array.from(
    { length: count },
    (_, i) =>
      new Beacon({
        tenant,
        name: `b-${i}`,
        uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e',
        major: Math.floor(i / 100),
        minor: i % 100,
      }),
  );
  await insertInBatches(em, beacons);
  await insertInBatches(
    em,
    beacons.map((beacon) => new CampaignTarget(campaign, { beacon })),
  );
  await catalogChanged(em, tenant.id);
}
