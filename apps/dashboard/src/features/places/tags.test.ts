import { describe, expect, it } from 'vitest';
import { formatTags, parseTags } from './tags';

describe('tags typed in a field', () => {
  it('are separated by commas or semicolons, as in a CSV file, without blanks or repeats', () => {
    expect(parseTags('stores, paris; coffee,, paris ;')).toEqual(['stores', 'paris', 'coffee']);
  });

  it('read back as they are typed', () => {
    expect(parseTags(formatTags(['stores', 'paris']))).toEqual(['stores', 'paris']);
  });
});
