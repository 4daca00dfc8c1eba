import { z } from 'zod';

/** A number typed into a text field: blank is "missing", not zero. */
export function numberText(label: string, min: number, max: number, unit = '') {
  const range = `${label} is between ${min.toLocaleString()} and ${max.toLocaleString()}${unit}`;
  return z
    .string()
    .trim()
    .min(1, `Enter the ${label.toLowerCase()}`)
    .pipe(
      z.coerce
        .number<string>({ error: `${label} must be a number` })
        .min(min, range)
        .max(max, range),
    );
}

export const latitudeText = numberText('Latitude', -90, 90);
export const longitudeText = numberText('Longitude', -180, 180);
