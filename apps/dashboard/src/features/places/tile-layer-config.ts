const openStreetMapTiles = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const openStreetMapAttribution =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const configuredUrl: unknown = import.meta.env.VITE_TILE_URL;
const configuredAttribution: unknown = import.meta.env.VITE_TILE_ATTRIBUTION;

export const tileUrl = typeof configuredUrl === 'string' && configuredUrl ? configuredUrl : openStreetMapTiles;

export const tileAttribution =
  typeof configuredAttribution === 'string'
    ? configuredAttribution
    : tileUrl === openStreetMapTiles
      ? openStreetMapAttribution
      : '';
