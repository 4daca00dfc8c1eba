import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApiSchema, printSortedSchema } from '../graphql/build-schema';

/** Writes the API's schema, sorted, where the dashboard's codegen and the contract checks read it. */
const target = fileURLToPath(new URL('../../../../packages/schema/schema.graphql', import.meta.url));
writeFileSync(target, printSortedSchema(await buildApiSchema()));
process.stdout.write(`wrote ${target}\n`);
