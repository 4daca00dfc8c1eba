import type { Context } from '../../context';
import { explainDecision } from '../../policy/explain';
import { ALL_ROLES, loadForMember } from '../auth/authorization';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignStatus } from '../campaigns/campaign-enums';
import { isInSchedule } from '../campaigns/schedule';
import { Tenant } from '../tenants/tenant.entity';
import { eligibility } from './eligibility.service';
import type { CampaignTestSend } from './campaign-test-send.types';
import type { PositionInput } from './dto/eligibility.input';

const STATUS_WORDS: Record<CampaignStatus, string> = {
  DRAFT: 'a draft',
  ACTIVE: 'active',
  PAUSED: 'paused',
  ENDED: 'ended',
};

/** Why the campaign itself is not among the offers, when the end user may be processed at all. */
async function whyNotOffered(ctx: Context, campaign: Campaign, position: PositionInput, at: Date): Promise<string> {
  if (campaign.status !== CampaignStatus.ACTIVE) {
    return `This campaign is ${STATUS_WORDS[campaign.status]}: only active campaigns are offered.`;
  }
  const tenant = await ctx.em.findOneOrFail(Tenant, { id: campaign.tenant.id });
  const index = await ctx.app.catalog.get(tenant.id, tenant.catalogVersion);
  if (!index.campaignsAt(position, []).has(campaign.id)) {
    return 'This point is not inside any of the campaign’s geofences (beacons are not tested here).';
  }
  if (!isInSchedule(campaign, at, tenant.timezone)) return 'The campaign is outside its schedule at this time.';
  return 'The device reached its frequency cap or minimum gap, or campaigns of higher priority filled the offers.';
}

/**
 * What a test device would be offered at a point now, asked of the same eligibility the SDK uses, with the policy's
 * reasons in words and whether this campaign is among the offers. Reads only: nothing is sent or recorded.
 */
export async function campaignTestSend(
  ctx: Context,
  input: { campaignId: string; deviceId: string; position: PositionInput },
): Promise<CampaignTestSend> {
  const campaign = await loadForMember(ctx, Campaign, input.campaignId, ALL_ROLES, 'Campaign');
  const at = ctx.app.now();
  const answer = await eligibility(ctx, campaign.tenant.id, { deviceId: input.deviceId, position: input.position, at });
  const offered = answer.offers.some((o) => o.campaignId === campaign.id);
  return {
    ...answer,
    explanation: explainDecision({ eligible: answer.eligible, reasons: answer.reasons }),
    offered,
    campaignNote: offered
      ? 'This campaign would be offered.'
      : answer.eligible
        ? await whyNotOffered(ctx, campaign, input.position, at)
        : 'Nothing is offered to this device: see the reasons.',
  };
}
