import { ArgsType, ID } from 'type-graphql';
import { z } from 'zod';
import type { DatabaseKind } from '../../config';
import { InputField } from '../../graphql/input-rules';
import { PageArgs } from '../../graphql/paginate';
import { idField } from '../auth/dto/fields';
import { hasTag, nameContains } from './tags';

/** The filters of the geofence and beacon lists. */
@ArgsType()
export class PlaceListArgs extends PageArgs {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, z.string().trim().max(120), { nullable: true, description: 'part of the name, any case' })
  search?: string;

  @InputField(() => String, z.string().trim().max(40), { nullable: true })
  tag?: string;

  @InputField(() => Boolean, z.boolean(), { nullable: true, description: 'archived ones are left out unless true' })
  includeArchived?: boolean;
}

/** The where-clause shared by lists of named, tagged, archivable things of one tenant. */
export function placeListWhere(args: PlaceListArgs, database: DatabaseKind) {
  return {
    tenant: args.tenantId,
    ...(args.includeArchived ? {} : { archivedAt: null }),
    ...(args.search ? { name: nameContains(args.search, database) } : {}),
    ...(args.tag ? { tagsText: hasTag(args.tag) } : {}),
  };
}
