import type { MikroORM } from '@mikro-orm/core';
import { CampaignStatus } from '../campaigns/campaign-enums';
import { Campaign } from '../campaigns/campaign.entity';
import { beaconKey, CatalogIndex, type IndexedCampaign } from './catalog-index';
import { GeofenceTableBuilder } from './geofence-table';

type PlaceRow = {
  target_id: string;
  campaign_id: string;
  geofence_id: string | null;
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

const PAGE = 5_000;

/**
 * Live places of ACTIVE campaigns as plain rows, a page at a time: 100,000 ORM entities, or even 100,000 rows at once,
 * would cost far more memory while the index is built than the index itself.
 */
const PLACES_SQL = `
  select t.id as target_id, t.campaign_id, g.id as geofence_id, g.shape, g.center_latitude, g.center_longitude, g.radius_meters, g.vertices,
         g.min_latitude, g.min_longitude, g.max_latitude, g.max_longitude, b.uuid, b.major, b.minor
  from campaign_target t
  join campaign c on c.id = t.campaign_id and c.tenant_id = t.tenant_id
  left join geofence g on g.id = t.geofence_id and g.tenant_id = t.tenant_id and g.archived_at is null
  left join beacon b on b.id = t.beacon_id and b.tenant_id = t.tenant_id and b.archived_at is null
  where t.tenant_id = ? and c.status = ? and c.archived_at is null and t.id > ?
  order by t.id
  limit ${PAGE}`;

async function* placeRows(orm: MikroORM, tenantId: string): AsyncGenerator<PlaceRow> {
  const connection = orm.em.fork().getConnection();
  for (let after = ''; ;) {
    const page: PlaceRow[] = await connection.execute(PLACES_SQL, [tenantId, CampaignStatus.ACTIVE, after]);
    yield* page;
    if (page.length < PAGE) return;
    after = page.at(-1)!.target_id;
  }
}

async function buildIndex(orm: MikroORM, tenantId: string, version: number): Promise<CatalogIndex> {
  const em = orm.em.fork();
  const campaigns = await em.find(Campaign, { tenant: tenantId, status: CampaignStatus.ACTIVE, archivedAt: null });
  // One entry per geofence, each tested against its own shape: two shapes may share a bounding box.
  const geofences = new GeofenceTableBuilder();
  const beacons = new Map<string, string[]>();
  for await (const row of placeRows(orm, tenantId)) {
    if (row.geofence_id) {
      const vertices =
        typeof row.vertices === 'string' ? (JSON.parse(row.vertices) as [number, number][]) : row.vertices;
      geofences.add(
        {
          id: row.geofence_id,
          bbox: [row.min_longitude, row.min_latitude, row.max_longitude, row.max_latitude],
          circle:
            row.shape === 'CIRCLE'
              ? { latitude: row.center_latitude!, longitude: row.center_longitude!, radiusMeters: row.radius_meters! }
              : undefined,
          vertices: row.shape === 'POLYGON' ? vertices! : undefined,
        },
        row.campaign_id,
      );
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
  return new CatalogIndex(version, geofences.build(), beacons, indexed);
}

/** How long a query waits for a rebuilt index before it answers from the previous one. */
const REBUILD_PATIENCE_MS = 250;

type Entry = { current?: CatalogIndex; building?: { version: number; index: Promise<CatalogIndex> } };

/**
 * Per-tenant indexes, rebuilt when the tenant's catalog version moves; concurrent requests share one rebuild. A small
 * catalog rebuilds in milliseconds and the query waits for it; a large one (100,000 places take a few seconds) is
 * rebuilt while queries go on being answered from the previous version, so that an edit never stalls the SDK.
 */
export class CatalogIndexCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly orm: MikroORM) {}

  async get(tenantId: string, version: number): Promise<CatalogIndex> {
    const entry = this.entries.get(tenantId) ?? {};
    this.entries.set(tenantId, entry);
    if (entry.current && entry.current.version >= version) return entry.current;
    if (!entry.building || entry.building.version < version) {
      const index = buildIndex(this.orm, tenantId, version);
      entry.building = { version, index };
      index.then(
        (built) => {
          if (!entry.current || entry.current.version < built.version) entry.current = built;
          if (entry.building?.index === index) entry.building = undefined;
        },
        () => {
          if (entry.building?.index === index) entry.building = undefined;
        },
      );
    }
    const building = entry.building.index;
    const previous = entry.current;
    if (!previous) return building;
    return Promise.race([
      building,
      new Promise<CatalogIndex>((resolve) => setTimeout(() => resolve(previous), REBUILD_PATIENCE_MS).unref()),
    ]);
  }
}
