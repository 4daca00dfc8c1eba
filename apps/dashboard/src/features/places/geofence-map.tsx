import 'leaflet/dist/leaflet.css';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import './leaflet-global';
import '@geoman-io/leaflet-geoman-free';
import type { GeofenceList_GeofenceFragment } from '@vicinity/schema/graphql';
import L from 'leaflet';
import { MapContainer, TileLayer } from 'react-leaflet';
import { GeofenceDraftLayer } from './geofence-draft-layer';
import { geometryOf, type GeofenceGeometry } from './geofence-geometry';
import { GeofenceShapes } from './geofence-shapes';
import { GeomanDrawControls } from './geoman-draw-controls';
import { geometryBounds } from './leaflet-geometry';
import { MapControlNames } from './map-control-names';
import { MapResizeWatcher } from './map-resize-watcher';
import { MapViewport } from './map-viewport';
import { tileAttribution, tileUrl } from './tile-layer-config';
import { mapViewForTimeZone, type MapView } from './time-zone-view';

export interface GeofenceDraft {
  /** The edited geofence's id, or "new": the map looks at the draft again when this changes. */
  key: string;
  geometry: GeofenceGeometry | null;
}

export interface GeofenceMapProps {
  geofences: readonly GeofenceList_GeofenceFragment[];
  selectedId: string | null;
  /** Also drawn as selected, without moving the map to them. */
  highlightedIds?: readonly string[];
  draft: GeofenceDraft | null;
  /** Offers geoman's drawing tools and handles; off for read-only roles. */
  editable: boolean;
  onSelect: (geofence: GeofenceList_GeofenceFragment) => void;
  onDraw: (geometry: GeofenceGeometry) => void;
  onDraftChange: (geometry: GeofenceGeometry) => void;
  /** Where to look until there are places to fit (the places page passes the tenant's time zone's region). */
  defaultView?: MapView;
}

function boundsOf(geometries: readonly GeofenceGeometry[]): L.LatLngBounds | null {
  if (geometries.length === 0) return null;
  return geometries.map(geometryBounds).reduce((all, bounds) => all.extend(bounds));
}

export function GeofenceMap({
  geofences,
  selectedId,
  highlightedIds,
  draft,
  editable,
  onSelect,
  onDraw,
  onDraftChange,
  defaultView = mapViewForTimeZone(undefined),
}: GeofenceMapProps) {
  const shown = geofences.filter((geofence) => geofence.id !== draft?.key);
  const selected = geofences.find((geofence) => geofence.id === selectedId);
  const selectedGeometry = selected ? geometryOf(selected) : null;

  const [bounds, focusKey] = draft
    ? [draft.geometry ? geometryBounds(draft.geometry) : null, `draft:${draft.key}:${draft.geometry !== null}`]
    : selectedGeometry
      ? [geometryBounds(selectedGeometry), `selected:${selectedId}`]
      : [boundsOf(geofences.map(geometryOf).filter((geometry) => geometry !== null)), `all:${geofences.length > 0}`];

  return (
    <MapContainer
      center={defaultView.center}
      zoom={defaultView.zoom}
      worldCopyJump
      // Without reachable tiles the shapes still draw, on this plain background.
      style={{ height: '100%', minHeight: 360, background: 'var(--mantine-color-gray-2)' }}
    >
      <TileLayer url={tileUrl} attribution={tileAttribution} />
      <GeofenceShapes geofences={shown} selectedId={selectedId} highlightedIds={highlightedIds} onSelect={onSelect} />
      {draft?.geometry ? (
        <GeofenceDraftLayer geometry={draft.geometry} editable={editable} onChange={onDraftChange} />
      ) : null}
      {editable && !draft ? <GeomanDrawControls onDraw={onDraw} /> : null}
      <MapViewport bounds={bounds} focusKey={focusKey} />
      <MapResizeWatcher />
      <MapControlNames />
    </MapContainer>
  );
}
