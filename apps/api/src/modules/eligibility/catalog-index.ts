import Flatbush from 'flatbush';
import type { Content, TimeWindow } from '../campaigns/campaign-parts';
import type { Trigger } from '../campaigns/campaign-enums';
import { insideCircle, insidePolygon, metersToDegrees, type Position } from './geo';
import type { GeofenceTable } from './geofence-table';

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

export const beaconKey = (uuid: string, major: number, minor: number) => `${uuid.toLowerCase()}:${major}:${minor}`;

/**
 * One tenant's live places and ACTIVE campaigns, in memory: an R-tree (flatbush) over geofence bounding boxes, then
 * the exact test of each geofence's own shape, so a lookup costs log(geofences); and beacons by uuid:major:minor.
 */
export class CatalogIndex {
  private readonly tree: Flatbush | null;

  constructor(
    readonly version: number,
    private readonly geofences: GeofenceTable,
    private readonly beacons: Map<string, string[]>,
    readonly campaigns: Map<string, IndexedCampaign>,
  ) {
    if (geofences.count === 0) {
      this.tree = null;
      return;
    }
    this.tree = new Flatbush(geofences.count);
    const b = geofences.bboxes;
    for (let i = 0; i < geofences.count; i++) this.tree.add(b[4 * i]!, b[4 * i + 1]!, b[4 * i + 2]!, b[4 * i + 3]!);
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
      for (const i of hits) if (this.contains(i, position)) this.geofences.campaignsOf(i, found);
    }
    for (const b of sighted) this.beacons.get(beaconKey(b.uuid, b.major, b.minor))?.forEach((id) => found.add(id));
    return found;
  }

  private contains(i: number, position: Position): boolean {
    const g = this.geofences;
    const ring = g.ringOf(i);
    if (ring) return insidePolygon(position, ring);
    return insideCircle(position, g.circles[3 * i]!, g.circles[3 * i + 1]!, g.circles[3 * i + 2]!);
  }

  get size(): { geofences: number; beacons: number; campaigns: number } {
    return { geofences: this.geofences.count, beacons: this.beacons.size, campaigns: this.campaigns.size };
  }
}
