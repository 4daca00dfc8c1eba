import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Leaflet measures its container once; when the layout changes (phone rotation, window resize) it must measure again. */
export function MapResizeWatcher() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
