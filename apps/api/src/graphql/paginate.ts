import { Cursor, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { z } from 'zod';
import { badInput } from './app-error';
import type { ConnectionShape } from './connection';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const pageArgsSchema = z.object({
  first: z.number().int().min(1).max(MAX_PAGE_SIZE).nullish(),
  after: z.string().max(512).nullish(),
});

function checkedCursor(after: string | null | undefined): string | undefined {
  if (!after) return undefined;
  try {
    Cursor.decode(after);
    return after;
  } catch {
    throw badInput('after', 'after: not a cursor from this list');
  }
}

/** One page of `where`, in a stable order that ends with the id, as a Relay connection. */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  page: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<T>> {
  const cursor = await em.findByCursor(entity, where, {
    first: page.first ?? DEFAULT_PAGE_SIZE,
    after: checkedCursor(page.after),
    orderBy: { ...orderBy, id: 'asc' } as QueryOrderMap<T>,
  });
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node), node: node as T })),
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: cursor.totalCount,
  };
}
