import type { LatLngBounds } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';

export interface MapViewportProps {
  /** Where to look; the map moves there each time `focusKey` changes, not on every render. */
  bounds: LatLngBounds | null;
  focusKey: string;
}

export function MapViewport({ bounds, focusKey }: MapViewportProps) {
  const map = useMap();
  const boundsRef = useRef(bounds);
  useEffect(() => {
    boundsRef.current = bounds;
  });

  useEffect(() => {
    const target = boundsRef.current;
    if (target?.isValid()) map.fitBounds(target, { padding: [24, 24], maxZoom: 17 });
  }, [map, focusKey]);

  return null;
}
