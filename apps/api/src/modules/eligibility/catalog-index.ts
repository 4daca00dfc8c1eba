import Flatbush from 'flatbush';
import type { Content, TimeWindow } from '../campaigns/campaign-parts';
import type { Trigger } from '../campaigns/campaign-enums';
import {
  type Position,
  insideCircle,
  insidePolygon,
  metersToDegrees,
  type PreparedPolygon,
  preparePolygon,
} from './geo';

export type IndexedCampaign = {
  id: string;
  trigger: Trigger;
  priority: number;
  activatedAt: number;
  startsAt?: Date;
  endsAt?: Date;
  timeWindows: TimeWindow[];
  capMaxDeliveries?: number;
  capPerHours?: number;
  minimumGapMinutes?: number;
  content: Content;
};

export type IndexedGeofence = {
  bbox: [number, number, number, number];
  circle?: { center: { latitude: number; longitude: number }; radiusMeters: number };
  polygon?: PreparedPolygon;
  campaignIds: string[];
};

export const beaconKey = (uuid: string, major: number, minor: number) => `${uuid.toLowerCase()}:${major}:${minor}`;

/**
 * One tenant's live places and ACTIVE campaigns, in memory: an R-tree (flatbush) over geofence bounding boxes, then
 * the exact shape test, so a lookup costs log(geofences); and beacons by uuid:major:minor.
 */
export class CatalogIndex {
  private readonly tree: Flatbush | null;

  constructor(
    readonly version: number,
    private readonly geofences: IndexedGeofence[],
    private readonly beacons: Map<string, string[]>,
    readonly campaigns: Map<string, IndexedCampaign>,
  ) {
    if (geofences.length === 0) {
      this.tree = null;
      return;
    }
    this.tree = new Flatbush(geofences.length);
    for (const g of geofences) this.tree.add(...g.bbox);
    this.tree.finish();
  }

  /** Campaign ids reached at this position or through these sighted beacons. */
  campaignsAt(position: Position | undefined, sighted: { uuid: string; major: number; minor: number }[]): Set<string> {
    const found = new Set<string>();
    if (position && this.tree) {
      const { dLat, dLng } = metersToDegrees(position.accuracyMeters ?? 0, position.latitude);
      const hits = this.tree.search(
        position.longitude - dLng,
        position.latitude - dLat,
        position.longitude + dLng,
        position.latitude + dLat,
      );
      for (const i of hits) {
        const g = this.geofences[i]!;
        const inside = g.circle
          ? insideCircle(position, g.circle.center, g.circle.radiusMeters)
          : insidePolygon(position, g.polygon!);
        if (inside) g.campaignIds.forEach((id) => found.add(id));
      }
    }
    for (const b of sighted) this.beacons.get(beaconKey(b.uuid, b.major, b.minor))?.forEach((id) => found.add(id));
    return found;
  }

  get size(): { geofences: number; beacons: number; campaigns: number } {
    return { geofences: this.geofences.length, beacons: this.beacons.size, campaigns: this.campaigns.size };
  }
}

export function indexedGeofence(
  g: {
    shape: string;
    centerLatitude?: number | null;
    centerLongitude?: number | null;
    radiusMeters?: number | null;
    vertices?: [number, number][] | null;
    minLatitude: number;
    minLongitude: number;
    maxLatitude: number;
    maxLongitude: number;
  },
  campaignIds: string[],
): IndexedGeofence {
  return {
    bbox: [g.minLongitude, g.minLatitude, g.maxLongitude, g.maxLatitude],
    circle:
      g.shape === 'CIRCLE'
        ? { center: { latitude: g.centerLatitude!, longitude: g.centerLongitude! }, radiusMeters: g.radiusMeters! }
        : undefined,
    polygon: g.shape === 'POLYGON' ? preparePolygon(g.vertices!) : undefined,
    campaignIds,
  };
}
