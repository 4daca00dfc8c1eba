import { badInput } from '../../graphql/app-error';

export const notEditable = (status: string) =>
  badInput('id', `A ${status} campaign cannot be edited: pause it first (ended campaigns can be duplicated)`);
export const unknownPlaces = (field: 'geofenceIds' | 'beaconIds', missing: string[]) =>
  badInput(
    field,
    `${field}: no such ${field === 'geofenceIds' ? 'geofence' : 'beacon'} in this tenant (or archived): ${missing.join(', ')}`,
  );
export const dwellOnlyForDwell = () => badInput('dwellMinutes', 'dwellMinutes applies to DWELL campaigns only');
