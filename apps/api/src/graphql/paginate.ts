import { Cursor, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { ArgsType, Int } from 'type-graphql';
import { z } from 'zod';
import { badInput } from './app-error';
import type { ConnectionShape } from './connection';
import { InputField, textProblem } from './input-rules';
import { isSaneDate } from './scalars';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const pageSizeRule = z
  .number()
  .int()
  .min(1, `must be 1..${MAX_PAGE_SIZE}`)
  .max(MAX_PAGE_SIZE, `must be 1..${MAX_PAGE_SIZE}`);

/** `first` and `after` of the lists that page with paginate(). */
@ArgsType()
export class PageArgs {
  @InputField(() => Int, pageSizeRule, {
    nullable: true,
    description: `1..${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}`,
  })
  first?: number;

  @InputField(() => String, z.string().max(512), { nullable: true })
  after?: string;
}

const notACursor = () => badInput('after', 'after: not a cursor from this list');

/** A cursor value is only what this list's order puts there: a client could forge one with anything in it. */
function isCursorValue(value: unknown, runtimeType: string): boolean {
  if (runtimeType === 'Date') return value instanceof Date && isSaneDate(value);
  if (runtimeType === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (runtimeType === 'boolean') return typeof value === 'boolean';
  return typeof value === 'string' && value.length <= 512 && textProblem(value) === undefined;
}

function checkedCursor<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  keys: string[],
  after: string | null | undefined,
): string | undefined {
  if (!after) return undefined;
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    throw notACursor();
  }
  const properties = em.getMetadata().find(entity)!.properties as Record<string, { runtimeType: string }>;
  const fits =
    Array.isArray(values) &&
    values.length === keys.length &&
    keys.every((key, i) => isCursorValue(values[i], properties[key]!.runtimeType));
  if (!fits) throw notACursor();
  return after;
}

/** One page of `where`, in a stable order that ends with the id, as a Relay connection. */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  page: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<T>> {
  const order = { ...orderBy, id: 'asc' } as QueryOrderMap<T>;
  const cursor = await em.findByCursor(entity, where, {
    first: page.first ?? DEFAULT_PAGE_SIZE,
    after: checkedCursor(em, entity, Object.keys(order), page.after),
    orderBy: order,
  });
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node), node: node as T })),
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: cursor.totalCount,
  };
}
