import { type EntityManager, LockMode } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * A row lock for the rest of the transaction on PostgreSQL (FOR UPDATE / FOR SHARE). SQLite runs one transaction at a
 * time on its one connection, so they never interleave there.
 */
export function rowLock(em: EntityManager, kind: 'write' | 'read'): LockMode | undefined {
  if (!(em.getPlatform() instanceof PostgreSqlPlatform)) return undefined;
  return kind === 'write' ? LockMode.PESSIMISTIC_WRITE : LockMode.PESSIMISTIC_READ;
}
