import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { GeofenceGeometry } from './geofence-geometry';
import { geometryLayer, readGeometry } from './leaflet-geometry';
import { draftClassName, draftShapeStyle } from './map-styles';

export interface GeofenceDraftLayerProps {
  geometry: GeofenceGeometry;
  editable: boolean;
  onChange: (geometry: GeofenceGeometry) => void;
}

/** The geofence being created or edited, with geoman's drag, resize and vertex handles when editable. */
export function GeofenceDraftLayer({ geometry, editable, onChange }: GeofenceDraftLayerProps) {
  const map = useMap();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // Rebuilt whenever the geometry changes, so geoman's handles always sit on what the form says.
  useEffect(() => {
    const layer = geometryLayer(geometry, { ...draftShapeStyle, className: draftClassName }).addTo(map);
    if (editable) {
      layer.pm.enable({ allowSelfIntersection: false, draggable: true });
      layer.on('pm:edit', () => {
        const edited = readGeometry(layer);
        if (edited) onChangeRef.current(edited);
      });
    }
    return () => {
      layer.off();
      // Geoman's handles live on the map, not in the layer: disable them or they outlive it.
      layer.pm.disable();
      layer.remove();
    };
  }, [map, geometry, editable]);

  return null;
}
