import type { GeofenceList_GeofenceFragment } from '@vicinity/schema/graphql';
import { Circle, Polygon, Tooltip, useMap } from 'react-leaflet';
import { geometryOf } from './geofence-geometry';
import { toLatLng } from './leaflet-geometry';
import { selectedShapeStyle, shapeClassName, shapeStyle } from './map-styles';

export interface GeofenceShapesProps {
  geofences: readonly GeofenceList_GeofenceFragment[];
  selectedId: string | null;
  /** Also drawn as selected, for maps where several geofences are chosen at once. */
  highlightedIds?: readonly string[];
  onSelect: (geofence: GeofenceList_GeofenceFragment) => void;
}

export function GeofenceShapes({ geofences, selectedId, highlightedIds = [], onSelect }: GeofenceShapesProps) {
  const map = useMap();
  return geofences.map((geofence) => {
    const geometry = geometryOf(geofence);
    if (!geometry) return null;
    const selected = geofence.id === selectedId || highlightedIds.includes(geofence.id);
    const pathOptions = selected ? selectedShapeStyle : shapeStyle;
    const eventHandlers = {
      click: () => {
        // While drawing, a click on an existing shape places a vertex; it must not open that shape instead.
        if (!map.pm.globalDrawModeEnabled()) onSelect(geofence);
      },
    };
    const label = <Tooltip sticky>{geofence.name}</Tooltip>;
    return geometry.shape === 'CIRCLE' ? (
      <Circle
        key={geofence.id}
        center={toLatLng(geometry.center)}
        radius={geometry.radiusMeters}
        className={shapeClassName}
        pathOptions={pathOptions}
        eventHandlers={eventHandlers}
      >
        {label}
      </Circle>
    ) : (
      <Polygon
        key={geofence.id}
        positions={geometry.polygon.map(toLatLng)}
        className={shapeClassName}
        pathOptions={pathOptions}
        eventHandlers={eventHandlers}
      >
        {label}
      </Polygon>
    );
  });
}
