import type { DatabaseKind } from '../../config';
import { z } from 'zod';

export const tagsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'a tag must not be empty')
      .max(40, 'a tag has at most 40 characters')
      .refine((t) => !/[;,|]/.test(t), 'a tag must not contain ; , or | (they separate tags in CSV files)'),
  )
  .max(20, 'at most 20 tags')
  .transform((tags) => [...new Set(tags)]);

/**
 * Tags are stored as `|a|b|` so that "has tag t" is one portable LIKE on SQLite and PostgreSQL alike.
 */
export const encodeTags = (tags: string[]): string => (tags.length ? `|${tags.join('|')}|` : '');
export const decodeTags = (text: string): string[] => text.split('|').filter(Boolean);
export const hasTag = (tag: string) => ({ $like: `%|${tag.replace(/[%_\\]/g, '')}|%` });
/**
 * A case-insensitive name search on both databases (SQLite has no ILIKE, and its LIKE already ignores case); LIKE
 * wildcards typed by the user are dropped.
 */
export function nameContains(search: string, database: DatabaseKind) {
  const pattern = `%${search.replace(/[%_\\]/g, '')}%`;
  return database === 'sqlite' ? { $like: pattern } : { $ilike: pattern };
}

/** A tag that starts with the search, in any case: "stor" finds the tag "stores". */
function tagStartsWith(search: string, database: DatabaseKind) {
  const pattern = `%|${search.replace(/[%_\\|]/g, '')}%`;
  return database === 'sqlite' ? { $like: pattern } : { $ilike: pattern };
}

/** The list search of named, tagged things: part of the name, or the start of a tag. */
export const nameOrTagMatches = (search: string, database: DatabaseKind) => ({
  $or: [{ name: nameContains(search, database) }, { tagsText: tagStartsWith(search, database) }],
});
