import { z } from 'zod';
import type { DatabaseKind } from '../../config';
import { pageArgsSchema } from '../../graphql/paginate';
import { optionalField } from '../../graphql/parse-input';
import { idField } from '../auth/dto/fields';
import { hasTag, nameContains } from './tags';

export const placeListSchema = pageArgsSchema.extend({
  tenantId: idField,
  search: optionalField(z.string().trim().max(120)),
  tag: optionalField(z.string().trim().max(40)),
  includeArchived: optionalField(z.boolean()),
});

export type PlaceListArgs = z.output<typeof placeListSchema>;

/** The where-clause shared by lists of named, tagged, archivable things of one tenant. */
export function placeListWhere(args: PlaceListArgs, database: DatabaseKind) {
  return {
    tenant: args.tenantId,
    ...(args.includeArchived ? {} : { archivedAt: null }),
    ...(args.search ? { name: nameContains(args.search, database) } : {}),
    ...(args.tag ? { tagsText: hasTag(args.tag) } : {}),
  };
}
