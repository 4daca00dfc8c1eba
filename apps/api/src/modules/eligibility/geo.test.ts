import turfBooleanPointInPolygon from '@turf/boolean-point-in-polygon';
import turfDistance from '@turf/distance';
import { lineString, point, polygon } from '@turf/helpers';
import turfPointToLineDistance from '@turf/point-to-line-distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideCircle, insidePolygon, type Ring } from './geo';

/** Around a random place on Earth away from the poles and the antimeridian, where geofences are. */
const microDegrees = (max: number) => fc.noBias(fc.integer({ min: -max * 1e6, max: max * 1e6 })).map((d) => d / 1e6);
const center = fc.record({ latitude: microDegrees(70), longitude: microDegrees(179) });
// Uniform over the interval (doubles are spread by their bits, most of them near 0): positions must fall on both
// sides of edges, at every distance.
const metres = (min: number, max: number) =>
  fc.noBias(fc.integer({ min: min * 100, max: max * 100 })).map((cm) => cm / 100);

/** A star-shaped polygon (convex or not, never self-intersecting) of 3 to 12 vertices around `c`. */
const starPolygon = (c: { latitude: number; longitude: number }) =>
  fc.array(metres(20, 5_000), { minLength: 3, maxLength: 12 }).map((radii) =>
    radii.map((r, i) => {
      const angle = (2 * Math.PI * i) / radii.length;
      return [
        c.latitude + (r * Math.sin(angle)) / 111_320,
        c.longitude + (r * Math.cos(angle)) / (111_320 * Math.cos((c.latitude * Math.PI) / 180)),
      ] as [number, number];
    }),
  );

const ringOf = (vertices: [number, number][]): Ring => {
  const closed = [...vertices, vertices[0]!];
  return {
    coordinates: Float64Array.from(closed.flatMap(([lat, lng]) => [lng, lat])),
    start: 0,
    end: closed.length * 2,
  };
};

describe('the geometry of eligibility', () => {
  it('decides circles exactly as turf measures them', () => {
    fc.assert(
      fc.property(
        center,
        metres(1, 100_000),
        metres(0, 120_000),
        fc.noBias(fc.integer({ min: 0, max: 3_600 })).map((tenths) => (tenths / 1_800) * Math.PI),
        metres(0, 500),
        (c, radius, offset, angle, accuracy) => {
          const p = {
            latitude: c.latitude + (offset * Math.sin(angle)) / 111_320,
            longitude: c.longitude + (offset * Math.cos(angle)) / 111_320,
            accuracyMeters: accuracy,
          };
          const turf = turfDistance(point([p.longitude, p.latitude]), point([c.longitude, c.latitude]), {
            units: 'meters',
          });
          expect(insideCircle(p, c.latitude, c.longitude, radius)).toBe(turf + accuracy <= radius);
        },
      ),
      { numRuns: 2_000, seed: 1 },
    );
  });

  it('decides polygons as turf does, but for positions within a centimetre of the accuracy boundary', () => {
    fc.assert(
      fc.property(
        center.chain((c) =>
          fc.tuple(fc.constant(c), starPolygon(c), metres(-6_000, 6_000), metres(-6_000, 6_000), metres(0, 500)),
        ),
        ([c, vertices, dy, dx, accuracy]) => {
          const p = {
            latitude: c.latitude + dy / 111_320,
            longitude: c.longitude + dx / (111_320 * Math.cos((c.latitude * Math.PI) / 180)),
            accuracyMeters: accuracy,
          };
          const ring = [...vertices, vertices[0]!].map(([lat, lng]) => [lng, lat]);
          const at = point([p.longitude, p.latitude]);
          const edge = turfPointToLineDistance(at, lineString(ring), { units: 'meters' });
          if (Math.abs(edge - accuracy) < 0.01) return;
          const turf = turfBooleanPointInPolygon(at, polygon([ring])) && edge >= accuracy;
          expect(insidePolygon(p, ringOf(vertices))).toBe(turf);
        },
      ),
      { numRuns: 3_000, seed: 2 },
    );
  });
});
