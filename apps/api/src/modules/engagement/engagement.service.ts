import type { Context } from '../../context';
import { mayRecordEngagement } from '../../policy/decide';
import { Campaign } from '../campaigns/campaign.entity';
import { EndUser } from '../end-users/end-user.entity';
import { policyEndUser } from '../end-users/policy-view';
import { deviceHash } from '../privacy/suppression';
import { SuppressedDevice } from '../privacy/suppressed-device.entity';
import type { EventInput } from './dto/record-events.input';
import { EngagementEvent } from './engagement-event.entity';

const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Stores the events of known, unrestricted end users about the tenant's own campaigns, in one flush. Everything else
 * (unknown, suppressed or restricted devices, other tenants' campaigns, events from the future) is counted as
 * rejected and never stored.
 */
export async function recordEvents(
  ctx: Context,
  tenantId: string,
  events: EventInput[],
): Promise<{ accepted: number; rejected: number }> {
  const now = ctx.app.now();
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
  const byDevice = new Map(
    endUsers
      .filter(
        (u) => mayRecordEngagement(policyEndUser(u)) && !suppressedHashes.has(deviceHash(secret, tenantId, u.deviceId)),
      )
      .map((u) => [u.deviceId, u]),
  );
  const byCampaign = new Map(campaigns.map((c) => [c.id, c]));

  let accepted = 0;
  for (const e of events) {
    const endUser = byDevice.get(e.deviceId);
    const campaign = byCampaign.get(e.campaignId);
    const occurredAt = e.occurredAt ?? now;
    if (!endUser || !campaign || occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) continue;
    ctx.em.persist(new EngagementEvent({ tenant: endUser.tenant, endUser, campaign, type: e.type, occurredAt }));
    accepted += 1;
  }
  await ctx.em.flush();
  return { accepted, rejected: events.length - accepted };
}
