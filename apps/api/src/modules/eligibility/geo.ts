export type Position = { latitude: number; longitude: number; accuracyMeters?: number };

/** The mean Earth radius turf uses, so that distances agree with the places module's validation. */
const EARTH_RADIUS_METERS = 6_371_008.8;
const toRadians = (degrees: number) => ((degrees % 360) * Math.PI) / 180;

/** Great-circle distance (haversine), as @turf/distance computes it. */
export function haversineMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLng = toRadians(lng2 - lng1);
  const a = Math.sin(dLat / 2) ** 2 + Math.sin(dLng / 2) ** 2 * Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2));
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_METERS;
}

/** Conservative: the whole circle of uncertainty around the position must lie inside the geofence circle. */
export function insideCircle(p: Position, latitude: number, longitude: number, radiusMeters: number): boolean {
  return haversineMeters(p.latitude, p.longitude, latitude, longitude) + (p.accuracyMeters ?? 0) <= radiusMeters;
}

/**
 * A polygon's closed ring as a flat [lng, lat, lng, lat, …] run of `ring` from `start` to `end` (exclusive): the
 * compact form the index keeps, a few dozen bytes a place instead of GeoJSON objects.
 */
export type Ring = { coordinates: Float64Array; start: number; end: number };

/** Even-odd ray casting on longitude/latitude, as turf's point-in-polygon does for simple polygons. */
function pointInRing(lng: number, lat: number, { coordinates: c, start, end }: Ring): boolean {
  let inside = false;
  for (let i = start, j = end - 2; i < end; j = i, i += 2) {
    const [xi, yi, xj, yj] = [c[i]!, c[i + 1]!, c[j]!, c[j + 1]!];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Distance from the position to the ring's nearest edge, in metres, on a local equirectangular projection centred on
 * the position: the edges that matter lie within the accuracy (at most 10 km), where it agrees with geodesic distance
 * to a few parts in a million.
 */
function distanceToRingMeters(lng: number, lat: number, { coordinates: c, start, end }: Ring): number {
  const ky = (Math.PI / 180) * EARTH_RADIUS_METERS;
  const kx = ky * Math.cos(toRadians(lat));
  let best = Infinity;
  for (let i = start; i + 3 < end; i += 2) {
    const ax = (c[i]! - lng) * kx;
    const ay = (c[i + 1]! - lat) * ky;
    const dx = (c[i + 2]! - lng) * kx - ax;
    const dy = (c[i + 3]! - lat) * ky - ay;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/** Conservative: inside (a point on an edge counts, as in turf), and at least the accuracy away from every edge. */
export function insidePolygon(p: Position, ring: Ring): boolean {
  const accuracy = p.accuracyMeters ?? 0;
  const distance = distanceToRingMeters(p.longitude, p.latitude, ring);
  if (!pointInRing(p.longitude, p.latitude, ring) && distance > 1e-6) return false;
  return distance >= accuracy;
}

/** Degrees of latitude/longitude that `meters` can span around `latitude`, for widening a search box. */
export function metersToDegrees(meters: number, latitude: number): { dLat: number; dLng: number } {
  const dLat = meters / 111_320;
  const cos = Math.max(Math.cos((latitude * Math.PI) / 180), 0.01);
  return { dLat, dLng: Math.min(dLat / cos, 360) };
}
