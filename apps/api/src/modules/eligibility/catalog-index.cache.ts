import type { MikroORM } from '@mikro-orm/core';
import { CampaignStatus } from '../campaigns/campaign-enums';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignTarget } from '../campaigns/campaign-target.entity';
import { beaconKey, CatalogIndex, type IndexedCampaign, indexedGeofence } from './catalog-index';

async function buildIndex(orm: MikroORM, tenantId: string, version: number): Promise<CatalogIndex> {
  // A fresh fork: thousands of rows must not stay in anyone's identity map.
  const em = orm.em.fork();
  const campaigns = await em.find(Campaign, { tenant: tenantId, status: CampaignStatus.ACTIVE, archivedAt: null });
  const targets = await em.find(
    CampaignTarget,
    { tenant: tenantId, campaign: { status: CampaignStatus.ACTIVE, archivedAt: null } },
    { populate: ['geofence', 'beacon'] },
  );
  const byGeofence = new Map<string, { geofence: NonNullable<CampaignTarget['geofence']>; campaignIds: string[] }>();
  const beacons = new Map<string, string[]>();
  for (const t of targets) {
    if (t.geofence && !t.geofence.archivedAt) {
      const entry = byGeofence.get(t.geofence.id) ?? { geofence: t.geofence, campaignIds: [] };
      entry.campaignIds.push(t.campaign.id);
      byGeofence.set(t.geofence.id, entry);
    }
    if (t.beacon && !t.beacon.archivedAt) {
      const key = beaconKey(t.beacon.uuid, t.beacon.major, t.beacon.minor);
      beacons.set(key, [...(beacons.get(key) ?? []), t.campaign.id]);
    }
  }
  const indexed = new Map<string, IndexedCampaign>(
    campaigns.map((c) => [
      c.id,
      {
        id: c.id,
        trigger: c.trigger,
        priority: c.priority,
        activatedAt: c.activatedAt?.getTime() ?? 0,
        startsAt: c.startsAt ?? undefined,
        endsAt: c.endsAt ?? undefined,
        timeWindows: c.timeWindows,
        capMaxDeliveries: c.capMaxDeliveries ?? undefined,
        capPerHours: c.capPerHours ?? undefined,
        minimumGapMinutes: c.minimumGapMinutes ?? undefined,
        content: c.content,
      },
    ]),
  );
  const geofences = [...byGeofence.values()].map(({ geofence, campaignIds }) => indexedGeofence(geofence, campaignIds));
  return new CatalogIndex(version, geofences, beacons, indexed);
}

/** Per-tenant indexes, rebuilt when the tenant's catalog version moves; concurrent requests share one rebuild. */
export class CatalogIndexCache {
  private readonly indexes = new Map<string, Promise<CatalogIndex>>();

  constructor(private readonly orm: MikroORM) {}

  async get(tenantId: string, version: number): Promise<CatalogIndex> {
    const cached = this.indexes.get(tenantId);
    if (cached) {
      const index = await cached;
      if (index.version >= version) return index;
    }
    const building = buildIndex(this.orm, tenantId, version);
    this.indexes.set(tenantId, building);
    building.catch(() => this.indexes.delete(tenantId));
    return building;
  }
}
