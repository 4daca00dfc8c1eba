import type { PM } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { GeofenceGeometry } from './geofence-geometry';
import { readGeometry } from './leaflet-geometry';

export interface GeomanDrawControlsProps {
  onDraw: (geometry: GeofenceGeometry) => void;
}

/** Geoman's toolbar with only the shapes a geofence can have: circle and polygon. */
export function GeomanDrawControls({ onDraw }: GeomanDrawControlsProps) {
  const map = useMap();
  const onDrawRef = useRef(onDraw);
  useEffect(() => {
    onDrawRef.current = onDraw;
  });

  useEffect(() => {
    // A polygon is checked as it is drawn: geoman refuses a vertex that would make it cross itself, as the API would.
    map.pm.setGlobalOptions({ allowSelfIntersection: false });
    map.pm.addControls({
      position: 'topleft',
      drawCircle: true,
      drawPolygon: true,
      drawMarker: false,
      drawCircleMarker: false,
      drawPolyline: false,
      drawRectangle: false,
      drawText: false,
      editControls: false,
    });
    const handleCreate: PM.CreateEventHandler = ({ layer }) => {
      // The page draws the new shape itself, as an editable draft next to its form.
      layer.remove();
      const geometry = readGeometry(layer);
      if (geometry) onDrawRef.current(geometry);
    };
    map.on('pm:create', handleCreate);
    return () => {
      map.off('pm:create', handleCreate);
      map.pm.disableDraw();
      map.pm.removeControls();
    };
  }, [map]);

  return null;
}
