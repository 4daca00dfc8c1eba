import { inputObject } from '../../../graphql/input-rules';
import { CreateGeofenceInput } from '../dto/geofence.inputs';
import type { Geofence } from '../geofence.entity';
import { GeofenceShape } from '../geofence-shape';
import { type Geometry, geometryFrom } from '../geometry';
import type { LatLng } from '../lat-lng';
import { isDecimal, numberCell, tagsCell, tagsText } from './csv-cells';
import { checkRows, type ColumnOf, type RowCheck, type RowError } from './csv-report';

export const GEOFENCE_COLUMNS = ['name', 'shape', 'latitude', 'longitude', 'radius_meters', 'polygon', 'tags'] as const;
type GeofenceColumn = (typeof GEOFENCE_COLUMNS)[number];
type GeofenceCells = Record<GeofenceColumn, string>;

const geofenceRowSchema = inputObject(CreateGeofenceInput).omit({ tenantId: true });
export type GeofenceRow = { name: string; tags?: string[]; geometry: Geometry };

const columnOf: ColumnOf = ([first, second]) => {
  if (first === 'center') return { field: String(second ?? 'latitude') };
  if (first === 'radiusMeters') return { field: 'radius_meters' };
  if (first === 'polygon')
    return typeof second === 'number' ? { field: 'polygon', prefix: `vertex ${second + 1}` } : { field: 'polygon' };
  if (first === 'tags' && typeof second === 'number') return { field: 'tags', prefix: `tag ${second + 1}` };
  return { field: String(first) };
};

/** `lat lng;lat lng;…`, a trailing `;` allowed. */
function polygonCell(check: RowCheck, cell: string): LatLng[] | undefined {
  const vertices = cell
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);
  const points: LatLng[] = [];
  for (const [i, vertex] of vertices.entries()) {
    const numbers = vertex.split(/\s+/);
    if (numbers.length !== 2 || !numbers.every(isDecimal)) {
      check.add('polygon', `vertex ${i + 1}: write each vertex as "latitude longitude", vertices separated by ;`);
      return undefined;
    }
    points.push({ latitude: Number(numbers[0]), longitude: Number(numbers[1]) });
  }
  return points;
}

/** Only the columns of the row's shape may be filled in, so that nothing in the file is silently ignored. */
function shapeInput(check: RowCheck, cells: GeofenceCells) {
  const shape = cells.shape.toUpperCase();
  const unused = (columns: GeofenceColumn[]) => {
    for (const column of columns) if (cells[column] !== '') check.add(column, `must be empty for a ${shape}`);
  };
  if (shape === GeofenceShape.CIRCLE) {
    unused(['polygon']);
    return {
      center: {
        latitude: numberCell(check, 'latitude', cells.latitude),
        longitude: numberCell(check, 'longitude', cells.longitude),
      },
      radiusMeters: numberCell(check, 'radius_meters', cells.radius_meters),
    };
  }
  if (shape === GeofenceShape.POLYGON) {
    unused(['latitude', 'longitude', 'radius_meters']);
    return { polygon: polygonCell(check, cells.polygon) };
  }
  check.add('shape', `must be ${GeofenceShape.CIRCLE} or ${GeofenceShape.POLYGON}`);
  return undefined;
}

/** Every row checked as createGeofence would check it: the same schema, then the same geometry rules. */
export function checkGeofenceRows(rows: readonly GeofenceCells[]): { values: GeofenceRow[]; errors: RowError[] } {
  return checkRows(rows, GEOFENCE_COLUMNS, (cells, check): GeofenceRow | undefined => {
    const shape = shapeInput(check, cells);
    const input = check.parse(geofenceRowSchema, { name: cells.name, tags: tagsCell(cells.tags), ...shape }, columnOf);
    if (!input || !shape || !check.ok) return undefined;
    const geometry = check.attempt(() => geometryFrom(input), columnOf);
    return geometry && { name: input.name, tags: input.tags, geometry };
  });
}

export const geofenceRecord = (g: Geofence) => ({
  name: g.name,
  shape: g.shape,
  latitude: g.centerLatitude ?? null,
  longitude: g.centerLongitude ?? null,
  radius_meters: g.radiusMeters ?? null,
  polygon: g.vertices ? g.vertices.map(([lat, lng]) => `${lat} ${lng}`).join(';') : null,
  tags: tagsText(g.tags),
});
