import type { MikroORM } from '@mikro-orm/core';
import { CampaignStatus } from '../campaigns/campaign-enums';
import { Campaign } from '../campaigns/campaign.entity';
import { beaconKey, CatalogIndex, type IndexedCampaign, indexedGeofence } from './catalog-index';

type PlaceRow = {
  campaign_id: string;
  shape: string | null;
  center_latitude: number | null;
  center_longitude: number | null;
  radius_meters: number | null;
  vertices: string | [number, number][] | null;
  min_latitude: number;
  min_longitude: number;
  max_latitude: number;
  max_longitude: number;
  uuid: string | null;
  major: number | null;
  minor: number | null;
};

/** Live places of ACTIVE campaigns as plain rows: 100,000 ORM entities would cost far more memory than the index. */
const PLACES_SQL = `
  select t.campaign_id, g.shape, g.center_latitude, g.center_longitude, g.radius_meters, g.vertices,
         g.min_latitude, g.min_longitude, g.max_latitude, g.max_longitude, b.uuid, b.major, b.minor
  from campaign_target t
  join campaign c on c.id = t.campaign_id and c.tenant_id = t.tenant_id
  left join geofence g on g.id = t.geofence_id and g.tenant_id = t.tenant_id and g.archived_at is null
  left join beacon b on b.id = t.beacon_id and b.tenant_id = t.tenant_id and b.archived_at is null
  where t.tenant_id = ? and c.status = ? and c.archived_at is null`;

async function buildIndex(orm: MikroORM, tenantId: string, version: number): Promise<CatalogIndex> {
  const em = orm.em.fork();
  const campaigns = await em.find(Campaign, { tenant: tenantId, status: CampaignStatus.ACTIVE, archivedAt: null });
  const rows: PlaceRow[] = await em.getConnection().execute(PLACES_SQL, [tenantId, CampaignStatus.ACTIVE]);
  const geofences = new Map<string, { row: PlaceRow; campaignIds: string[] }>();
  const beacons = new Map<string, string[]>();
  for (const row of rows) {
    if (row.shape) {
      const key = `${row.min_latitude},${row.min_longitude},${row.max_latitude},${row.max_longitude},${row.shape}`;
      const entry = geofences.get(key) ?? { row, campaignIds: [] };
      entry.campaignIds.push(row.campaign_id);
      geofences.set(key, entry);
    }
    if (row.uuid !== null) {
      const key = beaconKey(row.uuid, row.major!, row.minor!);
      beacons.set(key, [...(beacons.get(key) ?? []), row.campaign_id]);
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
  const places = [...geofences.values()].map(({ row, campaignIds }) =>
    indexedGeofence(
      {
        shape: row.shape!,
        centerLatitude: row.center_latitude,
        centerLongitude: row.center_longitude,
        radiusMeters: row.radius_meters,
        vertices: typeof row.vertices === 'string' ? (JSON.parse(row.vertices) as [number, number][]) : row.vertices,
        minLatitude: row.min_latitude,
        minLongitude: row.min_longitude,
        maxLatitude: row.max_latitude,
        maxLongitude: row.max_longitude,
      },
      campaignIds,
    ),
  );
  return new CatalogIndex(version, places, beacons, indexed);
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
