import type { Context } from '../../context';
import type { ConsentFact } from '../../policy/consent-state';
import { decide } from '../../policy/decide';
import { Campaign } from '../campaigns/campaign.entity';
import { ConsentRecord } from '../end-users/consent-record.entity';
import { EndUser } from '../end-users/end-user.entity';
import { policyEndUser, policyTenant } from '../end-users/policy-view';
import { deviceHash } from '../privacy/suppression';
import { SuppressedDevice } from '../privacy/suppressed-device.entity';
import { refuseWhileSuspended } from '../tenants/suspension';
import { Tenant } from '../tenants/tenant.entity';
import type { EngagementEventInput as EventInput } from './dto/record-events.input';
import { EngagementEvent } from './engagement-event.entity';

const CLOCK_SKEW_MS = 5 * 60_000;

/** The consent ledgers of these end users up to `until`, in one query, by end user id. */
async function ledgersOf(ctx: Context, tenantId: string, endUsers: EndUser[], until: Date) {
  const ledgers = new Map<string, ConsentFact[]>(endUsers.map((u) => [u.id, []]));
  if (endUsers.length === 0) return ledgers;
  const records = await ctx.em.find(
    ConsentRecord,
    { tenant: tenantId, endUser: { $in: endUsers.map((u) => u.id) }, recordedAt: { $lte: until } },
    { fields: ['endUser', 'purpose', 'granted', 'recordedAt'] },
  );
  for (const r of records) {
    ledgers.get(r.endUser.id)!.push({ purpose: r.purpose, granted: r.granted, recordedAt: r.recordedAt });
  }
  return ledgers;
}

/**
 * Stores, in one flush, the events about the tenant's own campaigns that the policy allowed when they occurred:
 * decide() at occurredAt, on the consent ledger as it stood then (a later withdrawal is not retroactive) and the
 * tenant's current settings. Everything else (unknown or suppressed devices, end users the policy did not allow then,
 * other tenants' campaigns, events from the future) is counted as rejected and never stored.
 */
export async function recordEvents(
  ctx: Context,
  tenantId: string,
  events: EventInput[],
): Promise<{ accepted: number; rejected: number }> {
  const now = ctx.app.now();
  const tenant = await ctx.em.findOneOrFail(Tenant, { id: tenantId });
  refuseWhileSuspended(tenant);
  const deviceIds = [...new Set(events.map((e) => e.deviceId))];
  const campaignIds = [...new Set(events.map((e) => e.campaignId))];
  const secret = ctx.app.config.suppressionSecret;
  const [endUsers, campaigns, suppressed] = await Promise.all([
    ctx.em.find(EndUser, { tenant: tenantId, deviceId: { $in: deviceIds } }),
    ctx.em.find(Campaign, { tenant: tenantId, id: { $in: campaignIds } }),
    ctx.em.find(SuppressedDevice, {
      tenant: tenantId,
      deviceHash: { $in: deviceIds.map((d) => deviceHash(secret, tenantId, d)) },
    }),
  ]);
  const suppressedHashes = new Set(suppressed.map((s) => s.deviceHash));
  const known = endUsers.filter((u) => !suppressedHashes.has(deviceHash(secret, tenantId, u.deviceId)));
  const byDevice = new Map(known.map((u) => [u.deviceId, u]));
  const byCampaign = new Map(campaigns.map((c) => [c.id, c]));
  const latest = new Date(now.getTime() + CLOCK_SKEW_MS);
  const ledgers = await ledgersOf(ctx, tenantId, known, latest);
  const settings = policyTenant(tenant);

  let accepted = 0;
  for (const e of events) {
    const endUser = byDevice.get(e.deviceId);
    const campaign = byCampaign.get(e.campaignId);
    const occurredAt = e.occurredAt ?? now;
    if (!endUser || !campaign || occurredAt > latest) continue;
    const ledgerThen = ledgers.get(endUser.id)!.filter((c) => c.recordedAt <= occurredAt);
    if (!decide(policyEndUser(endUser), ledgerThen, { tenant: settings, at: occurredAt }).eligible) continue;
    ctx.em.persist(new EngagementEvent({ tenant, endUser, campaign, type: e.type, occurredAt }));
    accepted += 1;
  }
  await ctx.em.flush();
  return { accepted, rejected: events.length - accepted };
}
