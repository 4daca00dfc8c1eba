import type { Ring } from './geo';

/**
 * Every geofence of an index in a few typed arrays rather than one object each: 100,000 places take about 20 MB
 * instead of about 90. Geofence i has its bounding box at bboxes[4i..4i+3] (min lng, min lat, max lng, max lat); a
 * circle at circles[3i..3i+2] (lat, lng, radius in metres); a polygon's closed ring at rings[ringStarts[i] ..
 * ringStarts[i+1]] as lng, lat pairs (empty for a circle); its campaigns at campaignRefs[campaignStarts[i] ..
 * campaignStarts[i+1]], indexes into campaignIds.
 */
export class GeofenceTable {
  constructor(
    readonly count: number,
    readonly bboxes: Float64Array,
    readonly circles: Float64Array,
    private readonly ringStarts: Uint32Array,
    private readonly rings: Float64Array,
    private readonly campaignStarts: Uint32Array,
    private readonly campaignRefs: Uint32Array,
    private readonly campaignIds: readonly string[],
  ) {}

  ringOf(i: number): Ring | undefined {
    const start = this.ringStarts[i]!;
    const end = this.ringStarts[i + 1]!;
    return end > start ? { coordinates: this.rings, start, end } : undefined;
  }

  campaignsOf(i: number, into: Set<string>): void {
    for (let k = this.campaignStarts[i]!; k < this.campaignStarts[i + 1]!; k++) {
      into.add(this.campaignIds[this.campaignRefs[k]!]!);
    }
  }
}

export type GeofenceFacts = {
  id: string;
  bbox: readonly [number, number, number, number];
  circle?: { latitude: number; longitude: number; radiusMeters: number };
  /** [latitude, longitude] vertices, not closed. */
  vertices?: readonly (readonly [number, number])[];
};

/** A typed array that grows by doubling, so that building a table never holds one object per place. */
class Growable<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}

  push(...values: number[]): void {
    if (this.length + values.length > this.data.length) {
      const bigger = this.make(Math.max(2 * this.data.length, this.length + values.length));
      bigger.set(this.data);
      this.data = bigger;
    }
    for (const v of values) this.data[this.length++] = v;
  }

  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
}
const floats = () => new Growable(new Float64Array(1024), (n) => new Float64Array(n));
const uints = () => new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));

/** Collects geofences (each once, with every campaign that targets it), then packs them into a GeofenceTable. */
export class GeofenceTableBuilder {
  private readonly order = new Map<string, number>();
  private readonly bboxes = floats();
  private readonly circles = floats();
  private readonly rings = floats();
  private readonly ringStarts = uints();
  /** (geofence, campaign) pairs in arrival order, grouped by geofence in build(). */
  private readonly pairGeofences = uints();
  private readonly pairCampaigns = uints();
  private readonly campaignIds: string[] = [];
  private readonly campaignRef = new Map<string, number>();

  add(geofence: GeofenceFacts, campaignId: string): void {
    let i = this.order.get(geofence.id);
    if (i === undefined) {
      i = this.order.size;
      this.order.set(geofence.id, i);
      this.bboxes.push(...geofence.bbox);
      const c = geofence.circle;
      this.circles.push(c?.latitude ?? 0, c?.longitude ?? 0, c?.radiusMeters ?? 0);
      this.ringStarts.push(this.rings.length);
      if (geofence.vertices) {
        for (const [lat, lng] of [...geofence.vertices, geofence.vertices[0]!]) this.rings.push(lng, lat);
      }
    }
    let ref = this.campaignRef.get(campaignId);
    if (ref === undefined) {
      ref = this.campaignIds.length;
      this.campaignRef.set(campaignId, ref);
      this.campaignIds.push(campaignId);
    }
    this.pairGeofences.push(i);
    this.pairCampaigns.push(ref);
  }

  build(): GeofenceTable {
    const n = this.order.size;
    this.ringStarts.push(this.rings.length);
    // Counting sort of the pairs by geofence: campaignStarts[i] .. campaignStarts[i + 1] are geofence i's campaigns.
    const campaignStarts = new Uint32Array(n + 1);
    const pairs = this.pairGeofences.length;
    for (let p = 0; p < pairs; p++) campaignStarts[this.pairGeofences.data[p]! + 1]! += 1;
    for (let i = 0; i < n; i++) campaignStarts[i + 1]! += campaignStarts[i]!;
    const next = campaignStarts.slice(0, n);
    const campaignRefs = new Uint32Array(pairs);
    for (let p = 0; p < pairs; p++) campaignRefs[next[this.pairGeofences.data[p]!]!++] = this.pairCampaigns.data[p]!;
    return new GeofenceTable(
      n,
      this.bboxes.trimmed(),
      this.circles.trimmed(),
      this.ringStarts.trimmed(),
      this.rings.trimmed(),
      campaignStarts,
      campaignRefs,
      this.campaignIds,
    );
  }
}
