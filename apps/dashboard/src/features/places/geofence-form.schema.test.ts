import { describe, expect, it } from 'vitest';
import { drawnShapeProblems, emptyCircleValues } from './geofence-form.schema';

const polygon = (points: [number, number][]) => ({
  ...emptyCircleValues(),
  shape: 'POLYGON' as const,
  polygon: points.map(([latitude, longitude]) => ({ latitude, longitude })),
});

describe('a shape checked as it is drawn', () => {
  it('accepts a polygon with an area', () => {
    expect(
      drawnShapeProblems(
        polygon([
          [45.76, 4.83],
          [45.77, 4.83],
          [45.77, 4.84],
        ]),
      ),
    ).toEqual({});
  });

  it('says at once that a polygon on one line encloses nothing', () => {
    const flat = drawnShapeProblems(
      polygon([
        [45.76, 4.83],
        [45.765, 4.835],
        [45.77, 4.84],
      ]),
    );
    expect(flat.polygon).toMatch(/encloses no area/);
  });

  it('says at once that two vertices in one place do not make a polygon', () => {
    const doubled = drawnShapeProblems(
      polygon([
        [45.76, 4.83],
        [45.76, 4.83],
        [45.77, 4.84],
      ]),
    );
    expect(doubled.polygon).toMatch(/at least 3 different vertices/);
  });

  it('says at once that a circle drawn at world zoom is too large', () => {
    const huge = drawnShapeProblems({
      ...emptyCircleValues(),
      latitude: '45',
      longitude: '4',
      radiusMeters: '2037000',
    });
    expect(huge.radiusMeters).toMatch(/2,037 km; a geofence’s is at most 100 km/);
  });
});
