import L from 'leaflet';

// Geoman's bundle extends a global `L` when it loads; import this module before it.
Object.assign(window, { L });
