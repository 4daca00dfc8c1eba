import type { DatabaseKind } from '../config';

/** Below this many characters a search matches whole values only: a prefix that short would list half the table. */
export const MIN_PREFIX_LENGTH = 3;

/** LIKE wildcards typed by the user are dropped, so that a search means what it says. */
const literal = (text: string) => text.replace(/[%_\\]/g, '');

/**
 * A case-insensitive "starts with" on both databases (SQLite's LIKE already ignores ASCII case; PostgreSQL needs
 * ILIKE); a short search is an exact match.
 */
export function startsWith(search: string, database: DatabaseKind) {
  if (search.length < MIN_PREFIX_LENGTH)
    return database === 'sqlite' ? { $like: literal(search) } : { $ilike: literal(search) };
  const pattern = `${literal(search)}%`;
  return database === 'sqlite' ? { $like: pattern } : { $ilike: pattern };
}
