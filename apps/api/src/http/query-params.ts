import { z } from 'zod';

/** An instant in a query string: ISO 8601 with its offset. */
export const instantParam = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

/**
 * For an object rule's refinement: true unless both ends parsed and `from` is not before `to`. zod runs an object's
 * refinements even when one of its fields failed, so the check must not assume they parsed.
 */
export const fromBeforeTo = (q: { from?: unknown; to?: unknown }): boolean =>
  !(q.from instanceof Date && q.to instanceof Date) || q.from < q.to;

/** For an object rule's refinement: true unless both ends parsed and they lie more than `days` apart. */
export const spanAtMostDays =
  (days: number) =>
  (q: { from?: unknown; to?: unknown }): boolean =>
    !(q.from instanceof Date && q.to instanceof Date) || q.to.getTime() - q.from.getTime() <= days * 86_400_000;
