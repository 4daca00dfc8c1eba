/** Values bound in one `in (…)` list: well under SQLite's and PostgreSQL's limits on bound parameters. */
export const IN_LIST_SIZE = 500;

/** `items` in consecutive slices of at most `size`. */
export function chunks<T>(items: readonly T[], size = IN_LIST_SIZE): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}
