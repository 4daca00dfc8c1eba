/**
 * Tags typed as "coffee, paris" or "coffee; paris" become ["coffee", "paris"], as the CSV import reads them; blanks and
 * repeats are dropped.
 */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[;,]/).map((tag) => tag.trim()))].filter((tag) => tag.length > 0);
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
