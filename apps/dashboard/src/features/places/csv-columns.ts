// The header rows the API's CSV import expects and its export writes.
export const geofenceCsvColumns = 'name,shape,latitude,longitude,radius_meters,polygon,tags';
export const beaconCsvColumns = 'name,uuid,major,minor,latitude,longitude,tags';
