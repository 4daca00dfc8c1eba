import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import turfCircle from '@turf/circle';
import { polygon as turfPolygon } from '@turf/helpers';
import turfKinks from '@turf/kinks';
import { z } from 'zod';
import { badInput } from '../../graphql/app-error';
import { GeofenceShape } from './geofence-shape';
import { inputSchema } from '../../graphql/input-rules';
import { type LatLng, LatLngInput } from './lat-lng';

export type BoundingBox = { minLatitude: number; minLongitude: number; maxLatitude: number; maxLongitude: number };
export type Geometry = { bbox: BoundingBox } & (
  | { shape: GeofenceShape.CIRCLE; center: LatLng; radiusMeters: number }
  | { shape: GeofenceShape.POLYGON; vertices: [number, number][] }
);

export const MAX_RADIUS_METERS = 100_000;
export const MAX_POLYGON_VERTICES = 2_000;

const RADIUS_RULE = `the radius must be between 1 m and ${MAX_RADIUS_METERS / 1000} km`;
export const radiusSchema = z.number().min(1, RADIUS_RULE).max(MAX_RADIUS_METERS, RADIUS_RULE);
export const polygonSchema = z
  .array(inputSchema(LatLngInput))
  .max(MAX_POLYGON_VERTICES + 1, `a polygon has at most ${MAX_POLYGON_VERTICES.toLocaleString('en')} vertices`);

const toBox = ([minLongitude, minLatitude, maxLongitude, maxLatitude]: number[]): BoundingBox => ({
  minLatitude: minLatitude!,
  minLongitude: minLongitude!,
  maxLatitude: maxLatitude!,
  maxLongitude: maxLongitude!,
});

/**
 * Vertices on one line of the map still enclose a sliver on the sphere; a polygon covering less than this share of its
 * bounding box is such a line (a real 1 km corridor would have to be under 0.5 m wide to be refused).
 */
const DEGENERATE_AREA_RATIO = 1e-3;

const boxPolygon = (b: BoundingBox) =>
  turfPolygon([
    [
      [b.minLongitude, b.minLatitude],
      [b.maxLongitude, b.minLatitude],
      [b.maxLongitude, b.maxLatitude],
      [b.minLongitude, b.maxLatitude],
      [b.minLongitude, b.minLatitude],
    ],
  ]);

export function circleGeometry(center: LatLng, radiusMeters: number): Geometry {
  // turf's circle has vertices due north, east, south and west of the centre, so its box is the circle's.
  const outline = turfCircle([center.longitude, center.latitude], radiusMeters, { units: 'meters', steps: 64 });
  return { shape: GeofenceShape.CIRCLE, center, radiusMeters, bbox: toBox(turfBbox(outline)) };
}

/** A simple polygon of positive area, closed automatically; every violation names the `polygon` field. */
export function polygonGeometry(points: LatLng[], field = 'polygon'): Geometry {
  const vertices = points.map((p): [number, number] => [p.latitude, p.longitude]);
  const [first, last] = [vertices[0], vertices[vertices.length - 1]];
  if (vertices.length > 1 && first![0] === last![0] && first![1] === last![1]) vertices.pop();
  if (vertices.length < 3) throw badInput(field, `${field}: a polygon needs at least 3 distinct vertices`);
  if (vertices.length > MAX_POLYGON_VERTICES)
    throw badInput(field, `${field}: a polygon has at most ${MAX_POLYGON_VERTICES.toLocaleString('en')} vertices`);
  const ring = [...vertices, vertices[0]!].map(([lat, lng]) => [lng, lat]);
  const shape = turfPolygon([ring]);
  if (turfKinks(shape).features.length > 0) throw badInput(field, `${field}: the polygon must not intersect itself`);
  const bbox = toBox(turfBbox(shape));
  if (turfArea(shape) <= DEGENERATE_AREA_RATIO * turfArea(boxPolygon(bbox))) {
    throw badInput(field, `${field}: the polygon must enclose an area (its vertices are on one line)`);
  }
  return { shape: GeofenceShape.POLYGON, vertices, bbox };
}

/** Exactly one of a circle (center + radiusMeters) or a polygon. */
export function geometryFrom(input: { center?: LatLng; radiusMeters?: number; polygon?: LatLng[] }): Geometry {
  const circle = input.center !== undefined || input.radiusMeters !== undefined;
  if (circle && input.polygon) throw badInput('polygon', 'give either center and radiusMeters, or polygon, not both');
  if (input.polygon) return polygonGeometry(input.polygon);
  if (!input.center) throw badInput('center', 'center: a circle needs a center (or give a polygon)');
  if (input.radiusMeters === undefined) throw badInput('radiusMeters', 'radiusMeters: a circle needs a radius');
  return circleGeometry(input.center, input.radiusMeters);
}
