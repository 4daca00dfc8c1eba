import { LoadingState } from '@vicinity/ui';
import { lazy, Suspense } from 'react';
import type { GeofenceMapProps } from './geofence-map';
import { MapErrorBoundary } from './map-error-boundary';

// Leaflet and geoman are large: load them only when a map is on screen.
const GeofenceMap = lazy(() => import('./geofence-map').then((module) => ({ default: module.GeofenceMap })));

export interface LazyGeofenceMapProps extends GeofenceMapProps {
  /** Shown if the map cannot start: what the page still offers without it. */
  unavailableMessage?: string;
}

export function LazyGeofenceMap({ unavailableMessage, ...props }: LazyGeofenceMapProps) {
  return (
    <MapErrorBoundary message={unavailableMessage}>
      <Suspense fallback={<LoadingState label="Loading map…" />}>
        <GeofenceMap {...props} />
      </Suspense>
    </MapErrorBoundary>
  );
}
