import { describe, expect, it } from 'vitest';
import { mapViewForTimeZone } from './time-zone-view';

describe('where the map opens for a tenant without places', () => {
  it('is the city its time zone is named after, at a zoom where a drawn circle is a few kilometres', () => {
    expect(mapViewForTimeZone('Europe/Paris')).toEqual({ center: [48.857, 2.352], zoom: 12 });
    expect(mapViewForTimeZone('America/New_York')).toEqual({ center: [40.71, -74.01], zoom: 12 });
  });

  it('is the region of a zone whose city it does not know', () => {
    expect(mapViewForTimeZone('Europe/Tallinn')).toEqual({ center: [50, 10], zoom: 4 });
  });

  it('is a whole-continent view, never the whole world, for a zone it does not know', () => {
    expect(mapViewForTimeZone('UTC').zoom).toBeGreaterThanOrEqual(3);
    expect(mapViewForTimeZone(undefined).zoom).toBeGreaterThanOrEqual(3);
  });
});
