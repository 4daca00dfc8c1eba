import type { Context } from '../../context';
import { requireMembership } from '../auth/authorization';
import { CampaignStatus } from '../campaigns/campaign-enums';
import { Campaign } from '../campaigns/campaign.entity';
import { policyTenant } from '../end-users/policy-view';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { OPEN_STATUSES } from '../privacy/privacy-request-enums';
import { PrivacyRequest } from '../privacy/privacy-request.entity';
import { PRIVACY_ROLES } from '../privacy/privacy-roles';
import { audienceOverview } from './overview-audience';
import { engagementPeriod } from './overview-engagement';
import type { CampaignsOverview, PlacesOverview, PrivacyOverview, TenantOverview } from './tenant-overview.types';

async function campaignsOverview(ctx: Context, tenantId: string, now: Date): Promise<CampaignsOverview> {
  const live = { tenant: tenantId, status: CampaignStatus.ACTIVE, archivedAt: null };
  const [active, nextEnding] = await Promise.all([
    ctx.em.count(Campaign, live),
    ctx.em.findOne(Campaign, { ...live, endsAt: { $gte: now } }, { orderBy: { endsAt: 'asc', id: 'asc' } }),
  ]);
  return { active, nextEnding };
}

async function privacyOverview(ctx: Context, tenantId: string): Promise<PrivacyOverview> {
  const open = { tenant: tenantId, status: { $in: OPEN_STATUSES } };
  const [count, nextDue] = await Promise.all([
    ctx.em.count(PrivacyRequest, open),
    ctx.em.findOne(PrivacyRequest, open, { orderBy: { dueAt: 'asc', id: 'asc' } }),
  ]);
  return { open: count, nextDue };
}

async function placesOverview(ctx: Context, tenantId: string): Promise<PlacesOverview> {
  const [geofences, beacons] = await Promise.all([
    ctx.em.count(Geofence, { tenant: tenantId, archivedAt: null }),
    ctx.em.count(Beacon, { tenant: tenantId, archivedAt: null }),
  ]);
  return { geofences, beacons };
}

/** Every member's starting figures; privacy requests only for those who may see them. */
export async function tenantOverview(ctx: Context, tenantId: string): Promise<TenantOverview> {
  const { tenant, role } = await requireMembership(ctx, tenantId);
  const now = ctx.app.now();
  const scoped = { id: tenant.id, policy: policyTenant(tenant) };
  const [last7Days, last30Days, campaigns, audience, privacy, places] = await Promise.all([
    engagementPeriod(ctx, scoped, 7, now),
    engagementPeriod(ctx, scoped, 30, now),
    campaignsOverview(ctx, tenant.id, now),
    audienceOverview(ctx, scoped, now),
    PRIVACY_ROLES.includes(role) ? privacyOverview(ctx, tenant.id) : null,
    placesOverview(ctx, tenant.id),
  ]);
  return { asOf: now, last7Days, last30Days, campaigns, audience, privacy, places };
}
