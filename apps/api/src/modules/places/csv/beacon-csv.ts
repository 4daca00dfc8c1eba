import type { z } from 'zod';
import { inputObject } from '../../../graphql/input-rules';
import type { Beacon } from '../beacon.entity';
import { CreateBeaconInput } from '../dto/beacon.inputs';
import { duplicateBeacon } from '../places.errors';
import { numberCell, tagsCell, tagsText } from './csv-cells';
import { checkRows, type ColumnOf, type RowError } from './csv-report';

export const BEACON_COLUMNS = ['name', 'uuid', 'major', 'minor', 'latitude', 'longitude', 'tags'] as const;
type BeaconColumn = (typeof BEACON_COLUMNS)[number];

const beaconRowSchema = inputObject(CreateBeaconInput).omit({ tenantId: true });
const identitySchema = inputObject(CreateBeaconInput).pick({ uuid: true, major: true, minor: true });
export type BeaconRow = z.output<typeof beaconRowSchema>;

const columnOf: ColumnOf = ([first, second]) => {
  if (first === 'placement') return { field: String(second) };
  if (first === 'tags' && typeof second === 'number') return { field: 'tags', prefix: `tag ${second + 1}` };
  return { field: String(first) };
};

/** uuid/major/minor as the unique index sees them, whatever the case of the uuid. */
export const beaconKey = (b: { uuid: string; major: number; minor: number }): string =>
  `${b.uuid.toLowerCase()}/${b.major}/${b.minor}`;

/**
 * Every row checked as createBeacon would check it, plus uniqueness: a beacon may appear once in the file and must not
 * exist in the tenant already (archived ones included, as the unique index counts them).
 */
export function checkBeaconRows(
  rows: readonly Record<BeaconColumn, string>[],
  existingKeys: ReadonlySet<string>,
): { values: BeaconRow[]; errors: RowError[] } {
  const firstRowOf = new Map<string, number>();
  return checkRows(rows, BEACON_COLUMNS, (cells, check, row) => {
    const major = numberCell(check, 'major', cells.major);
    const minor = numberCell(check, 'minor', cells.minor);
    const placed = cells.latitude !== '' || cells.longitude !== '';
    const beacon = check.parse(
      beaconRowSchema,
      {
        name: cells.name,
        uuid: cells.uuid,
        major,
        minor,
        placement: placed
          ? {
              latitude: numberCell(check, 'latitude', cells.latitude),
              longitude: numberCell(check, 'longitude', cells.longitude),
            }
          : undefined,
        tags: tagsCell(cells.tags),
      },
      columnOf,
    );
    const identity = identitySchema.safeParse({ uuid: cells.uuid, major, minor });
    if (!identity.success) return beacon;
    const key = beaconKey(identity.data);
    const twin = firstRowOf.get(key);
    if (twin !== undefined) check.add('uuid', `the same uuid, major and minor as row ${twin}`);
    else if (existingKeys.has(key)) check.add('uuid', duplicateBeacon().message);
    else firstRowOf.set(key, row);
    return beacon;
  });
}

export const beaconRecord = (b: Beacon) => ({
  name: b.name,
  uuid: b.uuid,
  major: b.major,
  minor: b.minor,
  latitude: b.placementLatitude ?? null,
  longitude: b.placementLongitude ?? null,
  tags: tagsText(b.tags),
});
