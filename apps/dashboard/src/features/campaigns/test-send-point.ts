export interface TestSendPlace {
  id: string;
  name: string;
  center?: { latitude: number; longitude: number } | null;
  polygon?: readonly { latitude: number; longitude: number }[] | null;
}

/** A point inside the place to try: a circle's centre, or the mean of a polygon's vertices (inside a convex one). */
export function pointOf(place: TestSendPlace): { latitude: number; longitude: number } | null {
  if (place.center) return place.center;
  const vertices = place.polygon ?? [];
  if (vertices.length === 0) return null;
  const mean = (pick: (v: { latitude: number; longitude: number }) => number) =>
    vertices.reduce((sum, v) => sum + pick(v), 0) / vertices.length;
  return { latitude: mean((v) => v.latitude), longitude: mean((v) => v.longitude) };
}
