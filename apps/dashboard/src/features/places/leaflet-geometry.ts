import L from 'leaflet';
import type { GeofenceGeometry, LatLngValue } from './geofence-geometry';

export function toLatLng({ latitude, longitude }: LatLngValue): L.LatLng {
  return L.latLng(latitude, longitude);
}

function fromLatLng({ lat, lng }: L.LatLng): LatLngValue {
  return { latitude: lat, longitude: lng };
}

export function geometryBounds(geometry: GeofenceGeometry): L.LatLngBounds {
  if (geometry.shape === 'CIRCLE') return toLatLng(geometry.center).toBounds(geometry.radiusMeters * 2);
  return L.latLngBounds(geometry.polygon.map(toLatLng));
}

export function geometryLayer(geometry: GeofenceGeometry, style: L.PathOptions): L.Circle | L.Polygon {
  if (geometry.shape === 'CIRCLE') {
    return L.circle(toLatLng(geometry.center), { ...style, radius: geometry.radiusMeters });
  }
  return L.polygon(geometry.polygon.map(toLatLng), style);
}

/** The geometry of a circle or polygon layer drawn or edited with geoman; null for other layers. */
export function readGeometry(layer: L.Layer): GeofenceGeometry | null {
  if (layer instanceof L.Circle) {
    return { shape: 'CIRCLE', center: fromLatLng(layer.getLatLng()), radiusMeters: layer.getRadius() };
  }
  if (layer instanceof L.Polygon) {
    // A geofence polygon has one ring and no holes: the first ring is the whole shape.
    const [ring = []] = layer.getLatLngs() as L.LatLng[][];
    return { shape: 'POLYGON', polygon: ring.map(fromLatLng) };
  }
  return null;
}
