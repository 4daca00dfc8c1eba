import { describe, expect, it } from 'vitest';
import { mapViewForTimeZone } from './time-zone-view';

describe('where the map opens for a tenant without places', () => {
  it('is the region of its time zone, at a zoom where a drawn circle is a few kilometres', () => {
    expect(mapViewForTimeZone('Europe/Paris')).toEqual({ center: [50, 10], zoom: 4 });
    expect(mapViewForTimeZone('America/New_York')).toEqual({ center: [39, -96], zoom: 4 });
  });

  it('is a whole-continent view, never the whole world, for a zone it does not know', () => {
    expect(mapViewForTimeZone('UTC').zoom).toBeGreaterThanOrEqual(3);
    expect(mapViewForTimeZone(undefined).zoom).toBeGreaterThanOrEqual(3);
  });
});
