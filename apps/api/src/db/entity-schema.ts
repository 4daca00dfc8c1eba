import { EntitySchema, type EntitySchemaMetadata } from '@mikro-orm/core';

type Properties<T> = NonNullable<EntitySchemaMetadata<T>['properties']>;

/**
 * An EntitySchema for a class that also has computed getters (GraphQL fields derived from columns): every column is
 * still type-checked, and the getters named in `computed` are left out.
 */
export function entitySchemaWithComputed<T, K extends keyof Properties<T>>(
  meta: Omit<EntitySchemaMetadata<T>, 'properties'> & { properties: Omit<Properties<T>, K> },
  computed: readonly K[],
): EntitySchema<T> {
  void computed;
  return new EntitySchema<T>(meta as EntitySchemaMetadata<T>);
}
