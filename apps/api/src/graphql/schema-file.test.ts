import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, printSortedSchema } from './build-schema';

const committed = fileURLToPath(new URL('../../../../packages/schema/schema.graphql', import.meta.url));

describe('the committed schema', () => {
  it('is exactly what the API emits (run `pnpm codegen` and commit after changing the API)', async () => {
    expect(readFileSync(committed, 'utf8')).toBe(printSortedSchema(await buildApiSchema()));
  });
});
