export interface MapView {
  center: [latitude: number, longitude: number];
  zoom: number;
}

/** Where the map opens when a tenant has no place yet: the region of its time zone, close enough to draw in. */
const regions: Record<string, MapView> = {
  Europe: { center: [50, 10], zoom: 4 },
  America: { center: [39, -96], zoom: 4 },
  US: { center: [39, -96], zoom: 4 },
  Canada: { center: [56, -96], zoom: 4 },
  Africa: { center: [5, 20], zoom: 3 },
  Asia: { center: [30, 100], zoom: 3 },
  Australia: { center: [-26, 134], zoom: 4 },
  Pacific: { center: [-15, 170], zoom: 3 },
  Atlantic: { center: [35, -30], zoom: 3 },
  Indian: { center: [-10, 75], zoom: 3 },
};

const everywhere: MapView = { center: [30, 10], zoom: 3 };

export function mapViewForTimeZone(timeZone: string | undefined): MapView {
  const area = timeZone?.split('/')[0];
  return (area && regions[area]) || everywhere;
}
