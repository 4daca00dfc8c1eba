import type { GeofenceList_GeofenceFragment } from '@vicinity/schema/graphql';

export interface LatLngValue {
  latitude: number;
  longitude: number;
}

export type GeofenceGeometry =
  { shape: 'CIRCLE'; center: LatLngValue; radiusMeters: number } | { shape: 'POLYGON'; polygon: LatLngValue[] };

export function geometryOf(geofence: GeofenceList_GeofenceFragment): GeofenceGeometry | null {
  if (geofence.shape === 'CIRCLE' && geofence.center && geofence.radiusMeters !== null) {
    return {
      shape: 'CIRCLE',
      center: { latitude: geofence.center.latitude, longitude: geofence.center.longitude },
      radiusMeters: geofence.radiusMeters,
    };
  }
  if (geofence.shape === 'POLYGON' && geofence.polygon) {
    return {
      shape: 'POLYGON',
      polygon: geofence.polygon.map(({ latitude, longitude }) => ({ latitude, longitude })),
    };
  }
  return null;
}

export function describeGeometry(geometry: GeofenceGeometry): string {
  if (geometry.shape === 'CIRCLE') return `Circle, ${Math.round(geometry.radiusMeters).toLocaleString()} m`;
  return `Polygon, ${geometry.polygon.length} vertices`;
}
