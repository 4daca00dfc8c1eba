import type { GeofenceList_GeofenceFragment } from '@vicinity/schema/graphql';
import { z } from 'zod';
import { latitudeText, longitudeText, numberText } from './coordinates.schema';
import { geometryOf, type GeofenceGeometry, type LatLngValue } from './geofence-geometry';
import { formatTags, parseTags } from './tags';

export interface GeofenceFormValues {
  shape: 'CIRCLE' | 'POLYGON';
  name: string;
  tags: string;
  latitude: string;
  longitude: string;
  radiusMeters: string;
  polygon: LatLngValue[];
}

const maxRadiusMeters = 100_000;

const common = {
  name: z.string().trim().min(1, 'Name the place').max(120, 'At most 120 characters'),
  tags: z.string().transform(parseTags),
};

export const geofenceFormSchema = z.discriminatedUnion('shape', [
  z.object({
    shape: z.literal('CIRCLE'),
    ...common,
    latitude: latitudeText,
    longitude: longitudeText,
    radiusMeters: numberText('Radius', 1, maxRadiusMeters, ' m'),
  }),
  z.object({
    shape: z.literal('POLYGON'),
    ...common,
    polygon: z
      .array(z.object({ latitude: z.number(), longitude: z.number() }))
      .min(3, 'A polygon needs at least 3 vertices')
      .max(2000, 'A polygon has at most 2,000 vertices'),
  }),
]);

export type ParsedGeofenceForm = z.output<typeof geofenceFormSchema>;

/** The geometry part of a valid form, as the create and update inputs take it. */
export function geometryInput(parsed: ParsedGeofenceForm) {
  if (parsed.shape === 'CIRCLE') {
    return {
      center: { latitude: parsed.latitude, longitude: parsed.longitude },
      radiusMeters: parsed.radiusMeters,
    };
  }
  return { polygon: parsed.polygon };
}

const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals));

export function emptyCircleValues(): GeofenceFormValues {
  return { shape: 'CIRCLE', name: '', tags: '', latitude: '', longitude: '', radiusMeters: '100', polygon: [] };
}

export function valuesWithGeometry(values: GeofenceFormValues, geometry: GeofenceGeometry): GeofenceFormValues {
  // Seven decimals is about a centimetre: enough for a geofence, short enough to read.
  if (geometry.shape === 'CIRCLE') {
    return {
      ...values,
      shape: 'CIRCLE',
      latitude: String(roundTo(geometry.center.latitude, 7)),
      longitude: String(roundTo(geometry.center.longitude, 7)),
      radiusMeters: String(roundTo(geometry.radiusMeters, 1)),
      polygon: [],
    };
  }
  return {
    ...values,
    shape: 'POLYGON',
    latitude: '',
    longitude: '',
    radiusMeters: '',
    polygon: geometry.polygon.map((point) => ({
      latitude: roundTo(point.latitude, 7),
      longitude: roundTo(point.longitude, 7),
    })),
  };
}

export function valuesOf(geofence: GeofenceList_GeofenceFragment): GeofenceFormValues {
  const base = { ...emptyCircleValues(), name: geofence.name, tags: formatTags(geofence.tags) };
  const geometry = geometryOf(geofence);
  return geometry ? valuesWithGeometry(base, geometry) : base;
}

/**
 * What the map should draw for the form as typed so far, or null while the circle fields are incomplete. A radius out
 * of range is still drawn, next to its error, rather than vanishing from the map.
 */
export function geometryOfValues(values: GeofenceFormValues): GeofenceGeometry | null {
  if (values.shape === 'POLYGON')
    return values.polygon.length > 0 ? { shape: 'POLYGON', polygon: values.polygon } : null;
  const center = z.object({ latitude: latitudeText, longitude: longitudeText }).safeParse(values);
  const radius = Number(values.radiusMeters);
  if (!center.success || values.radiusMeters.trim() === '' || !(radius > 0) || !Number.isFinite(radius)) return null;
  return { shape: 'CIRCLE', center: center.data, radiusMeters: radius };
}

/** Below this share of its bounding box, a polygon's area is a line drawn back on itself (the API's own rule). */
const DEGENERATE_AREA_RATIO = 1e-3;

/** What is wrong with a polygon as drawn: too few distinct vertices, or no area. Shoelace on degrees is enough here. */
function polygonProblem(points: readonly LatLngValue[]): string | undefined {
  const distinct = [...new Map(points.map((p) => [`${p.latitude},${p.longitude}`, p])).values()];
  if (distinct.length < 3) return 'A polygon needs at least 3 different vertices.';
  let twiceArea = 0;
  for (let i = 0; i < distinct.length; i++) {
    const a = distinct[i]!;
    const b = distinct[(i + 1) % distinct.length]!;
    twiceArea += a.longitude * b.latitude - b.longitude * a.latitude;
  }
  const lats = distinct.map((p) => p.latitude);
  const lngs = distinct.map((p) => p.longitude);
  const box = (Math.max(...lats) - Math.min(...lats)) * (Math.max(...lngs) - Math.min(...lngs));
  if (Math.abs(twiceArea) / 2 <= DEGENERATE_AREA_RATIO * box || box === 0) {
    return 'This polygon encloses no area: its vertices lie on one line. Move one of them off the line.';
  }
  return undefined;
}

/** What is wrong with a shape as drawn or dragged on the map, said at once rather than on submit. */
export function drawnShapeProblems(values: GeofenceFormValues): Partial<Record<'radiusMeters' | 'polygon', string>> {
  const geometry = geometryOfValues(values);
  if (geometry?.shape === 'POLYGON') {
    const problem = polygonProblem(geometry.polygon);
    return problem ? { polygon: problem } : {};
  }
  if (geometry?.shape !== 'CIRCLE') return {};
  const kilometres = (geometry.radiusMeters / 1000).toLocaleString(undefined, { maximumFractionDigits: 0 });
  if (geometry.radiusMeters > maxRadiusMeters) {
    return {
      radiusMeters: `This circle’s radius is ${kilometres} km; a geofence’s is at most 100 km. Zoom in and draw it again, or type the radius.`,
    };
  }
  if (geometry.radiusMeters < 1) return { radiusMeters: 'A geofence’s radius is at least 1 m.' };
  return {};
}

/** Which form field a server error's `extensions.field` belongs to ("center.latitude" -> "latitude"). */
export function geofenceFormField(serverField: string): keyof GeofenceFormValues | null {
  if (serverField === 'name' || serverField === 'radiusMeters') return serverField;
  if (serverField.startsWith('tags')) return 'tags';
  if (serverField.startsWith('polygon')) return 'polygon';
  if (serverField === 'center.longitude') return 'longitude';
  if (serverField.startsWith('center')) return 'latitude';
  return null;
}
