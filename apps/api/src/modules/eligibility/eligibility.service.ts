import type { Context } from '../../context';
import type { EligibilityEndUser, TenantSnapshot } from '../../db/fast-reads';
import { decide, type PolicyEndUser, type PolicyTenant } from '../../policy/decide';
import { IneligibilityReason } from '../../policy/policy-enums';
import { isInSchedule } from '../campaigns/schedule';
import { consentStateFacts } from '../end-users/consent-state';
import { deviceHash } from '../privacy/suppression';
import type { IndexedCampaign } from './catalog-index';
import type { EligibilityInput } from './dto/eligibility.input';
import type { Eligibility } from './eligibility.types';
import { lookbackMs, underFrequencyLimits } from './frequency';

const DEFAULT_LIMIT = 5;
const refused = (reasons: IneligibilityReason[]): Eligibility => ({ eligible: false, reasons, offers: [] });

const policyEndUser = (u: EligibilityEndUser): PolicyEndUser => ({
  birthDate: u.birthDate,
  age: u.age,
  locationPermission: u.locationPermission,
  processingRestricted: u.restricted,
});
const policyTenant = (t: TenantSnapshot): PolicyTenant => ({
  minimumAge: t.minimumAge,
  requireMarketingConsent: t.requireMarketingConsent,
  suspended: t.suspendedAt !== null,
});

/** Deliveries of the reached campaigns that have a cap or a gap, by campaign: read only when there are such. */
async function deliveriesByCampaign(ctx: Context, endUserId: string, campaigns: IndexedCampaign[], at: Date) {
  const capped = campaigns.filter((c) => (c.capMaxDeliveries && c.capPerHours) || c.minimumGapMinutes);
  const deliveries = new Map<string, Date[]>();
  if (capped.length === 0) return deliveries;
  const since = new Date(at.getTime() - lookbackMs(capped));
  const rows = await ctx.app.fastReads.deliveries(
    endUserId,
    capped.map((c) => c.id),
    since,
  );
  for (const { campaignId, occurredAt } of rows) {
    deliveries.set(campaignId, [...(deliveries.get(campaignId) ?? []), occurredAt]);
  }
  return deliveries;
}

/**
 * What this end user may receive here and now: the policy first, then places, schedule, caps and priority. In the
 * common case one database read (the end user with their consent state and the tenant's catalog version); the API
 * key and the tenant's settings come from the caches, places from the in-memory index.
 */
export async function eligibility(ctx: Context, tenantId: string, args: EligibilityInput): Promise<Eligibility> {
  const at = args.at ?? ctx.app.now();
  const [tenant, endUser] = await Promise.all([
    ctx.app.tenants.get(tenantId),
    ctx.app.fastReads.endUser(tenantId, args.deviceId),
  ]);
  if (!tenant) throw new Error(`tenant ${tenantId} of an active API key was not found`);
  if (!endUser) {
    const hash = deviceHash(ctx.app.config.suppressionSecret, tenantId, args.deviceId);
    const child = await ctx.app.fastReads.isSuppressed(tenantId, hash);
    return refused([child ? IneligibilityReason.UNDER_MINIMUM_AGE : IneligibilityReason.UNKNOWN_END_USER]);
  }
  const decision = decide(policyEndUser(endUser), consentStateFacts(endUser), { tenant: policyTenant(tenant), at });
  if (!decision.eligible) return refused(decision.reasons);

  const index = await ctx.app.catalog.get(tenantId, endUser.catalogVersion);
  const reached = [...index.campaignsAt(args.position, args.beacons ?? [])]
    .map((id) => index.campaigns.get(id))
    .filter((c): c is IndexedCampaign => c !== undefined && isInSchedule(c, at, tenant.timezone));
  const deliveries = await deliveriesByCampaign(ctx, endUser.id, reached, at);
  const offers = reached
    .filter((c) => underFrequencyLimits(c, deliveries.get(c.id) ?? [], at))
    .sort((a, b) => b.priority - a.priority || b.activatedAt - a.activatedAt || a.id.localeCompare(b.id))
    .slice(0, args.limit ?? DEFAULT_LIMIT)
    .map((c) => ({ campaignId: c.id, ...c.content }));
  return { eligible: true, reasons: [], offers };
}
