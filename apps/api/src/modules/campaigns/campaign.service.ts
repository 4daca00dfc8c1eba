import type { Context } from '../../context';
import { inTransaction } from '../../db/in-transaction';
import { badInput } from '../../graphql/app-error';
import type { ConnectionShape } from '../../graphql/connection';
import { paginate } from '../../graphql/paginate';
import { ALL_ROLES, loadForMember, requireMembership } from '../auth/authorization';
import { CONTENT_EDITORS } from '../auth/role';
import { archiveStateWhere } from '../places/list-filters';
import { encodeTags, hasTag, nameOrTagMatches } from '../places/tags';
import { CampaignStatus, Trigger } from './campaign-enums';
import { activationProblem, assertLegalMove } from './campaign-status';
import { dwellOnlyForDwell, notEditable } from './campaign.errors';
import { Campaign } from './campaign.entity';
import { replaceTargets, targetsOf } from './campaign-targets';
import { CampaignTarget } from './campaign-target.entity';
import type { CampaignChanges } from './dto/campaign.inputs';
import type { CampaignListArgs } from './dto/campaign-list.args';

function applyChanges(campaign: Campaign, changes: CampaignChanges): void {
  if (changes.name !== undefined) campaign.name = changes.name;
  if (changes.trigger !== undefined) campaign.trigger = changes.trigger;
  if (changes.content !== undefined) campaign.content = changes.content;
  if (changes.dwellMinutes !== undefined) campaign.dwellMinutes = changes.dwellMinutes;
  if (campaign.trigger !== Trigger.DWELL) {
    if (changes.dwellMinutes !== undefined) throw dwellOnlyForDwell();
    campaign.dwellMinutes = undefined;
  }
  if (changes.schedule !== undefined) {
    campaign.startsAt = changes.schedule?.startsAt;
    campaign.endsAt = changes.schedule?.endsAt;
    campaign.timeWindows = changes.schedule?.timeWindows ?? [];
  }
  if (changes.frequencyCap !== undefined) {
    campaign.capMaxDeliveries = changes.frequencyCap?.maxDeliveries;
    campaign.capPerHours = changes.frequencyCap?.perHours;
  }
  if (changes.minimumGapMinutes !== undefined) campaign.minimumGapMinutes = changes.minimumGapMinutes ?? undefined;
  if (changes.priority !== undefined) campaign.priority = changes.priority;
  if (changes.tags !== undefined) campaign.tagsText = encodeTags(changes.tags);
}

export async function createCampaign(
  ctx: Context,
  input: { tenantId: string; name: string; trigger: Trigger; content: Campaign['content'] } & CampaignChanges,
): Promise<Campaign> {
  const { tenant } = await requireMembership(ctx, input.tenantId, CONTENT_EDITORS);
  return inTransaction(ctx, async (tx) => {
    const campaign = new Campaign(tenant, input.name, input.trigger, input.content);
    applyChanges(campaign, input);
    tx.em.persist(campaign);
    await replaceTargets(tx, campaign, input);
    await tx.em.flush();
    ctx.audit.targetId = campaign.id;
    return campaign;
  });
}

export async function updateCampaign(ctx: Context, id: string, changes: CampaignChanges): Promise<Campaign> {
  const campaign = await loadForMember(ctx, Campaign, id, CONTENT_EDITORS, 'Campaign');
  if (campaign.archivedAt || ![CampaignStatus.DRAFT, CampaignStatus.PAUSED].includes(campaign.status)) {
    throw notEditable(campaign.archivedAt ? 'archived' : campaign.status);
  }
  return inTransaction(ctx, async (tx) => {
    const mine = await tx.em.findOneOrFail(Campaign, { id, tenant: campaign.tenant.id });
    applyChanges(mine, changes);
    await replaceTargets(tx, mine, changes);
    await tx.em.flush();
    return mine;
  });
}

export async function setCampaignStatus(ctx: Context, id: string, status: CampaignStatus): Promise<Campaign> {
  const campaign = await loadForMember(ctx, Campaign, id, CONTENT_EDITORS, 'Campaign');
  if (campaign.archivedAt) throw badInput('status', 'An archived campaign cannot change status');
  assertLegalMove(campaign.status, status);
  if (status === CampaignStatus.ACTIVE) {
    const live = (await targetsOf(ctx, campaign)).filter((t) => !(t.geofence ?? t.beacon)?.archivedAt);
    const problem = activationProblem({
      trigger: campaign.trigger,
      dwellMinutes: campaign.dwellMinutes,
      endsAt: campaign.endsAt,
      liveGeofences: live.filter((t) => t.geofence).length,
      liveBeacons: live.filter((t) => t.beacon).length,
      now: ctx.app.now(),
    });
    if (problem) throw badInput('status', problem);
    campaign.activatedAt = ctx.app.now();
  }
  campaign.status = status;
  await ctx.em.flush();
  return campaign;
}

export async function duplicateCampaign(ctx: Context, id: string): Promise<Campaign> {
  const original = await loadForMember(ctx, Campaign, id, CONTENT_EDITORS, 'Campaign');
  const targets = await targetsOf(ctx, original);
  const copy = new Campaign(original.tenant, `${original.name} (copy)`.slice(0, 120), original.trigger, {
    ...original.content,
  });
  Object.assign(copy, {
    dwellMinutes: original.dwellMinutes,
    startsAt: original.startsAt,
    endsAt: original.endsAt,
    timeWindows: original.timeWindows.map((w) => ({ ...w })),
    capMaxDeliveries: original.capMaxDeliveries,
    capPerHours: original.capPerHours,
    minimumGapMinutes: original.minimumGapMinutes,
    priority: original.priority,
    tagsText: original.tagsText,
  });
  ctx.em.persist(copy);
  for (const t of targets) {
    ctx.em.persist(new CampaignTarget(copy, t.geofence ? { geofence: t.geofence } : { beacon: t.beacon! }));
  }
  await ctx.em.flush();
  ctx.audit.targetId = copy.id;
  return copy;
}

/** Archiving ends a running campaign: nothing archived is ever offered. */
export async function archiveCampaign(ctx: Context, id: string): Promise<Campaign> {
  const campaign = await loadForMember(ctx, Campaign, id, CONTENT_EDITORS, 'Campaign');
  if (campaign.status === CampaignStatus.ACTIVE || campaign.status === CampaignStatus.PAUSED) {
    campaign.status = CampaignStatus.ENDED;
    campaign.endedByArchive = true;
  }
  campaign.archivedAt ??= ctx.app.now();
  await ctx.em.flush();
  return campaign;
}

/**
 * A restored campaign never goes straight back to work: one that archiving ended comes back PAUSED, to be resumed by
 * hand; a DRAFT stays a DRAFT and a campaign that had ended before it was archived stays ENDED.
 */
export async function restoreCampaign(ctx: Context, id: string): Promise<Campaign> {
  const campaign = await loadForMember(ctx, Campaign, id, CONTENT_EDITORS, 'Campaign');
  if (!campaign.archivedAt) return campaign;
  if (campaign.endedByArchive) campaign.status = CampaignStatus.PAUSED;
  campaign.endedByArchive = false;
  campaign.archivedAt = undefined;
  await ctx.em.flush();
  return campaign;
}

export async function listCampaigns(ctx: Context, args: CampaignListArgs): Promise<ConnectionShape<Campaign>> {
  await requireMembership(ctx, args.tenantId);
  const where = {
    tenant: args.tenantId,
    ...archiveStateWhere(args),
    ...(args.status ? { status: args.status } : {}),
    ...(args.trigger ? { trigger: args.trigger } : {}),
    ...(args.search ? nameOrTagMatches(args.search, ctx.app.config.database.kind) : {}),
    ...(args.tag ? { tagsText: hasTag(args.tag) } : {}),
  };
  return paginate(ctx.em, Campaign, where, { createdAt: 'desc' }, args);
}

export function getCampaign(ctx: Context, id: string): Promise<Campaign> {
  return loadForMember(ctx, Campaign, id, ALL_ROLES, 'Campaign');
}
