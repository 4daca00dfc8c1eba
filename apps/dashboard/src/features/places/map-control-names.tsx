import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Geoman's handles are markers with role="button" and no name; what each does, by its class. */
function handleName(element: Element): string {
  if (element.classList.contains('marker-icon-middle')) return 'Drag or click to add a vertex here';
  if (element.classList.contains('marker-icon')) return 'Drag to reshape';
  return 'Drag to move';
}

function nameControls(container: HTMLElement): void {
  // Geoman's toolbar buttons carry their title on the wrapper, not on the focusable link inside it.
  for (const button of container.querySelectorAll('.leaflet-buttons-control-button:not([aria-label])')) {
    const title = button.closest('[title]')?.getAttribute('title');
    if (title) button.setAttribute('aria-label', title);
  }
  for (const handle of container.querySelectorAll('.leaflet-marker-icon[role="button"]:not([aria-label])')) {
    handle.setAttribute('aria-label', handleName(handle));
  }
}

/** Gives every drawing tool and shape handle that geoman adds to the map an accessible name, as it appears. */
export function MapControlNames() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    nameControls(container);
    const observer = new MutationObserver(() => nameControls(container));
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [map]);
  return null;
}
