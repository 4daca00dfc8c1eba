import turfBooleanPointInPolygon from '@turf/boolean-point-in-polygon';
import turfDistance from '@turf/distance';
import { point, polygon as turfPolygon } from '@turf/helpers';
import turfPointToLineDistance from '@turf/point-to-line-distance';
import { lineString } from '@turf/helpers';

export type Position = { latitude: number; longitude: number; accuracyMeters?: number };

/** Conservative: the whole circle of uncertainty around the position must lie inside the geofence circle. */
export function insideCircle(
  p: Position,
  center: { latitude: number; longitude: number },
  radiusMeters: number,
): boolean {
  const d = turfDistance(point([p.longitude, p.latitude]), point([center.longitude, center.latitude]), {
    units: 'meters',
  });
  return d + (p.accuracyMeters ?? 0) <= radiusMeters;
}

export type PreparedPolygon = {
  ring: number[][];
  shape: ReturnType<typeof turfPolygon>;
  edge: ReturnType<typeof lineString>;
};

export function preparePolygon(vertices: [number, number][]): PreparedPolygon {
  const ring = [...vertices, vertices[0]!].map(([lat, lng]) => [lng, lat]);
  return { ring, shape: turfPolygon([ring]), edge: lineString(ring) };
}

/** Conservative: inside, and at least the accuracy away from every edge. */
export function insidePolygon(p: Position, polygon: PreparedPolygon): boolean {
  const at = point([p.longitude, p.latitude]);
  if (!turfBooleanPointInPolygon(at, polygon.shape)) return false;
  const accuracy = p.accuracyMeters ?? 0;
  return accuracy === 0 || turfPointToLineDistance(at, polygon.edge, { units: 'meters' }) >= accuracy;
}

/** Degrees of latitude/longitude that `meters` can span around `latitude`, for widening a search box. */
export function metersToDegrees(meters: number, latitude: number): { dLat: number; dLng: number } {
  const dLat = meters / 111_320;
  const cos = Math.max(Math.cos((latitude * Math.PI) / 180), 0.01);
  return { dLat, dLng: Math.min(dLat / cos, 360) };
}
