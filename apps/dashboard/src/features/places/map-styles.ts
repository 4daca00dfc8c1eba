import type { PathOptions } from 'leaflet';

export const shapeStyle: PathOptions = { color: '#0c8599', weight: 2, fillOpacity: 0.15 };
export const selectedShapeStyle: PathOptions = { ...shapeStyle, color: '#e8590c', weight: 3, fillOpacity: 0.25 };
export const draftShapeStyle: PathOptions = {
  color: '#e8590c',
  weight: 3,
  dashArray: '6 4',
  fillOpacity: 0.2,
};

// Class names tell geofences apart from geoman's helper lines (in tests too); Leaflet sets them only at creation.
export const shapeClassName = 'geofence-shape';
export const draftClassName = 'geofence-draft';
