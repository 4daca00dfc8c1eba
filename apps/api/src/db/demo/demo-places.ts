import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { inputSchema } from '../../graphql/input-rules';
import { createBeacon } from '../../modules/places/beacon.service';
import { CreateBeaconInput } from '../../modules/places/dto/beacon.inputs';
import { CreateGeofenceInput } from '../../modules/places/dto/geofence.inputs';
import { createGeofence } from '../../modules/places/geofence.service';

/** Where the demo's end users go: a place of the map, and the beacons inside it (if any). */
export type DemoSpot = { key: string; kind: 'cafe' | 'area'; geofenceId: string; beaconIds: string[] };

type Cafe = { key: string; name: string; latitude: number; longitude: number; radiusMeters: number; beacons: string[] };

/** Demo Coffee Co.'s shops in Lyon; three of them have beacons at the door and at the counter. */
const CAFES: Cafe[] = [
  {
    key: 'republique',
    name: 'Rue de la République',
    latitude: 45.7623,
    longitude: 4.8358,
    radiusMeters: 80,
    beacons: ['Entrance', 'Counter'],
  },
  {
    key: 'saint-jean',
    name: 'Vieux Lyon – Saint-Jean',
    latitude: 45.7621,
    longitude: 4.8273,
    radiusMeters: 60,
    beacons: [],
  },
  {
    key: 'croix-rousse',
    name: 'Croix-Rousse – Gros Caillou',
    latitude: 45.7748,
    longitude: 4.8315,
    radiusMeters: 120,
    beacons: [],
  },
  {
    key: 'halles',
    name: 'Halles Paul Bocuse',
    latitude: 45.7631,
    longitude: 4.8507,
    radiusMeters: 100,
    beacons: ['Entrance', 'Counter'],
  },
  {
    key: 'confluence',
    name: 'Confluence',
    latitude: 45.7413,
    longitude: 4.8177,
    radiusMeters: 250,
    beacons: ['Entrance', 'Counter', 'Terrace'],
  },
  {
    key: 'guillotiere',
    name: 'Guillotière – Gabriel Péri',
    latitude: 45.7556,
    longitude: 4.8428,
    radiusMeters: 70,
    beacons: [],
  },
  { key: 'brotteaux', name: 'Brotteaux', latitude: 45.7669, longitude: 4.8593, radiusMeters: 150, beacons: [] },
  {
    key: 'hotel-de-ville',
    name: 'Hôtel de Ville',
    latitude: 45.7673,
    longitude: 4.8358,
    radiusMeters: 50,
    beacons: [],
  },
];

/** Public places near the shops, drawn as polygons (latitude, longitude), where street teams hand out coffee. */
const AREAS: { key: string; name: string; vertices: [number, number][] }[] = [
  {
    key: 'part-dieu',
    name: 'Part-Dieu station concourse',
    vertices: [
      [45.7622, 4.8591],
      [45.7622, 4.8605],
      [45.7606, 4.8608],
      [45.759, 4.8604],
      [45.759, 4.8591],
      [45.7606, 4.8588],
    ],
  },
  {
    key: 'bellecour',
    name: 'Place Bellecour',
    vertices: [
      [45.7586, 4.8297],
      [45.7586, 4.8344],
      [45.757, 4.8344],
      [45.757, 4.8297],
    ],
  },
  {
    key: 'terreaux',
    name: 'Place des Terreaux',
    vertices: [
      [45.7679, 4.8328],
      [45.7679, 4.8345],
      [45.7669, 4.8345],
      [45.7669, 4.8328],
    ],
  },
];

/** The company's iBeacon UUID; each shop is a major, each beacon in it a minor. */
const BEACON_UUID = 'd3c0ffee-7a1e-4c2b-9f6e-5a0b1c2d3e4f';

/** Creates every place through the places services, as the demo owner would from the dashboard. */
export async function createDemoPlaces(request: () => Context, tenantId: string): Promise<DemoSpot[]> {
  const spots: DemoSpot[] = [];
  for (const [major, cafe] of CAFES.entries()) {
    const geofence = await createGeofence(
      request(),
      parseInput(inputSchema(CreateGeofenceInput), {
        tenantId,
        name: `Demo Coffee – ${cafe.name}`,
        center: { latitude: cafe.latitude, longitude: cafe.longitude },
        radiusMeters: cafe.radiusMeters,
        tags: ['cafe', 'lyon'],
      }),
    );
    const beaconIds: string[] = [];
    for (const [minor, spot] of cafe.beacons.entries()) {
      const beacon = await createBeacon(
        request(),
        parseInput(inputSchema(CreateBeaconInput), {
          tenantId,
          name: `${cafe.name} – ${spot}`,
          uuid: BEACON_UUID,
          major: major + 1,
          minor: minor + 1,
          placement: { latitude: cafe.latitude, longitude: cafe.longitude },
          tags: ['in-store'],
        }),
      );
      beaconIds.push(beacon.id);
    }
    spots.push({ key: cafe.key, kind: 'cafe', geofenceId: geofence.id, beaconIds });
  }
  for (const area of AREAS) {
    const geofence = await createGeofence(
      request(),
      parseInput(inputSchema(CreateGeofenceInput), {
        tenantId,
        name: area.name,
        polygon: area.vertices.map(([latitude, longitude]) => ({ latitude, longitude })),
        tags: ['street-team', 'lyon'],
      }),
    );
    spots.push({ key: area.key, kind: 'area', geofenceId: geofence.id, beaconIds: [] });
  }
  return spots;
}
