export interface MapView {
  center: [latitude: number, longitude: number];
  zoom: number;
}

/** Where the map opens when a tenant has no place yet and its time zone names no known city: the zone's region. */
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

/** The city a time zone is named after, for the zones of most tenants: at city zoom a drawn circle is a few km. */
const cities: Record<string, [latitude: number, longitude: number]> = {
  'Europe/Amsterdam': [52.37, 4.9],
  'Europe/Athens': [37.98, 23.73],
  'Europe/Berlin': [52.52, 13.4],
  'Europe/Brussels': [50.85, 4.35],
  'Europe/Copenhagen': [55.68, 12.57],
  'Europe/Dublin': [53.35, -6.26],
  'Europe/Helsinki': [60.17, 24.94],
  'Europe/Istanbul': [41.01, 28.98],
  'Europe/Lisbon': [38.72, -9.14],
  'Europe/London': [51.51, -0.13],
  'Europe/Madrid': [40.42, -3.7],
  'Europe/Oslo': [59.91, 10.75],
  'Europe/Paris': [48.857, 2.352],
  'Europe/Prague': [50.08, 14.44],
  'Europe/Rome': [41.9, 12.5],
  'Europe/Stockholm': [59.33, 18.07],
  'Europe/Vienna': [48.21, 16.37],
  'Europe/Warsaw': [52.23, 21.01],
  'Europe/Zurich': [47.38, 8.54],
  'America/New_York': [40.71, -74.01],
  'America/Chicago': [41.88, -87.63],
  'America/Denver': [39.74, -104.99],
  'America/Phoenix': [33.45, -112.07],
  'America/Los_Angeles': [34.05, -118.24],
  'America/Toronto': [43.65, -79.38],
  'America/Vancouver': [49.28, -123.12],
  'America/Mexico_City': [19.43, -99.13],
  'America/Sao_Paulo': [-23.55, -46.63],
  'America/Argentina/Buenos_Aires': [-34.6, -58.38],
  'America/Bogota': [4.71, -74.07],
  'Asia/Tokyo': [35.68, 139.69],
  'Asia/Shanghai': [31.23, 121.47],
  'Asia/Hong_Kong': [22.32, 114.17],
  'Asia/Singapore': [1.35, 103.82],
  'Asia/Kolkata': [19.08, 72.88],
  'Asia/Dubai': [25.2, 55.27],
  'Asia/Seoul': [37.57, 126.98],
  'Australia/Sydney': [-33.87, 151.21],
  'Australia/Melbourne': [-37.81, 144.96],
  'Pacific/Auckland': [-36.85, 174.76],
  'Africa/Johannesburg': [-26.2, 28.05],
  'Africa/Lagos': [6.52, 3.38],
  'Africa/Cairo': [30.04, 31.24],
  'Africa/Nairobi': [-1.29, 36.82],
};

const cityZoom = 12;
const everywhere: MapView = { center: [30, 10], zoom: 3 };

/** The time zone's city when it is one of the known ones, otherwise its region (drawing there is checked as drawn). */
export function mapViewForTimeZone(timeZone: string | undefined): MapView {
  const city = timeZone ? cities[timeZone] : undefined;
  if (city) return { center: city, zoom: cityZoom };
  const area = timeZone?.split('/')[0];
  return (area && regions[area]) || everywhere;
}
