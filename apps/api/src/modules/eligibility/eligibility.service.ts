import type { Context } from '../../context';
import { decide } from '../../policy/decide';
import { IneligibilityReason } from '../../policy/policy-enums';
import { isInSchedule } from '../campaigns/schedule';
import { ConsentRecord } from '../end-users/consent-record.entity';
import { EndUser } from '../end-users/end-user.entity';
import { consentFacts, policyEndUser, policyTenant } from '../end-users/policy-view';
import { EngagementEvent } from '../engagement/engagement-event.entity';
import { EngagementType } from '../engagement/engagement-type';
import { isSuppressed } from '../privacy/suppression';
import { Tenant } from '../tenants/tenant.entity';
import type { IndexedCampaign } from './catalog-index';
import type { EligibilityArgs } from './dto/eligibility.input';
import type { Eligibility } from './eligibility.types';
import { lookbackMs, underFrequencyLimits } from './frequency';

const DEFAULT_LIMIT = 5;
const refused = (reasons: IneligibilityReason[]): Eligibility => ({ eligible: false, reasons, offers: [] });

async function deliveriesByCampaign(ctx: Context, endUser: EndUser, campaigns: IndexedCampaign[], at: Date) {
  const capped = campaigns.filter((c) => (c.capMaxDeliveries && c.capPerHours) || c.minimumGapMinutes);
  const deliveries = new Map<string, Date[]>();
  if (capped.length === 0) return deliveries;
  const events = await ctx.em.find(
    EngagementEvent,
    {
      tenant: endUser.tenant.id,
      endUser: endUser.id,
      type: EngagementType.DELIVERED,
      campaign: { $in: capped.map((c) => c.id) },
      occurredAt: { $gte: new Date(at.getTime() - lookbackMs(capped)) },
    },
    { fields: ['campaign', 'occurredAt'] },
  );
  for (const e of events) deliveries.set(e.campaign.id, [...(deliveries.get(e.campaign.id) ?? []), e.occurredAt]);
  return deliveries;
}

/** What this end user may receive here and now: the policy first, then places, schedule, caps and priority. */
export async function eligibility(ctx: Context, tenantId: string, args: EligibilityArgs): Promise<Eligibility> {
  const at = args.at ?? ctx.app.now();
  // Three independent indexed lookups, at once: consents are found by device, not by the end user's id.
  const [tenant, endUser, consents] = await Promise.all([
    ctx.em.findOneOrFail(Tenant, { id: tenantId }),
    ctx.em.findOne(EndUser, { tenant: tenantId, deviceId: args.deviceId }),
    ctx.em.find(ConsentRecord, { tenant: tenantId, endUser: { tenant: tenantId, deviceId: args.deviceId } }),
  ]);
  if (!endUser) {
    const child = await isSuppressed(ctx.em, ctx.app.config.suppressionSecret, tenantId, args.deviceId);
    return refused([child ? IneligibilityReason.UNDER_MINIMUM_AGE : IneligibilityReason.UNKNOWN_END_USER]);
  }
  const decision = decide(policyEndUser(endUser), consentFacts(consents), { tenant: policyTenant(tenant), at });
  if (!decision.eligible) return refused(decision.reasons);

  const index = await ctx.app.catalog.get(tenantId, tenant.catalogVersion);
  const reached = [...index.campaignsAt(args.position, args.beacons ?? [])]
    .map((id) => index.campaigns.get(id))
    .filter((c): c is IndexedCampaign => c !== undefined && isInSchedule(c, at, tenant.timezone));
  const deliveries = await deliveriesByCampaign(ctx, endUser, reached, at);
  const offers = reached
    .filter((c) => underFrequencyLimits(c, deliveries.get(c.id) ?? [], at))
    .sort((a, b) => b.priority - a.priority || b.activatedAt - a.activatedAt || a.id.localeCompare(b.id))
    .slice(0, args.limit ?? DEFAULT_LIMIT)
    .map((c) => ({ campaignId: c.id, ...c.content }));
  return { eligible: true, reasons: [], offers };
}
