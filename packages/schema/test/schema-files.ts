import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export const contractCopyPath = join(packageDir, 'contract.graphql');
export const committedSchemaPath = join(packageDir, 'schema.graphql');
/** The shared contract lives beside the repository (../shared when the repository is checked out as main/). */
export const sharedContractPath = join(packageDir, '..', '..', '..', 'shared', 'contract.graphql');

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function sharedContractExists(): boolean {
  return existsSync(sharedContractPath);
}

export function loadSchema(path: string): GraphQLSchema {
  return buildSchema(readText(path));
}
