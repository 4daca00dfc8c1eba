import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { committedSchemaPath, readText } from './schema-files';

describe('the committed schema.graphql', () => {
  it('is printed in lexicographic order, so that diffs show real changes only', () => {
    const committed = readText(committedSchemaPath);
    const sorted = printSchema(lexicographicSortSchema(buildSchema(committed)));
    expect(committed.trim()).toBe(sorted.trim());
  });
});
