import { ArgsType, ID } from 'type-graphql';
import { z } from 'zod';
import type { DatabaseKind } from '../../config';
import { InputField } from '../../graphql/input-rules';
import { PageArgs } from '../../graphql/paginate';
import { idField } from '../auth/dto/fields';
import { hasTag, nameOrTagMatches } from './tags';

/** The filters of the geofence and beacon lists. */
@ArgsType()
export class PlaceListArgs extends PageArgs {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, z.string().trim().max(120), {
    nullable: true,
    description: 'part of the name, or the start of a tag, any case',
  })
  search?: string;

  @InputField(() => String, z.string().trim().max(40), { nullable: true })
  tag?: string;

  @InputField(() => Boolean, z.boolean(), { nullable: true, description: 'archived ones are left out unless true' })
  includeArchived?: boolean;

  @InputField(() => Boolean, z.boolean(), {
    nullable: true,
    description: 'true: only archived ones; false: only live ones; left out: as includeArchived says',
  })
  archived?: boolean;
}

/** Which places or campaigns a list shows by their archive state: live ones unless asked otherwise. */
export function archiveStateWhere(args: { archived?: boolean | null; includeArchived?: boolean | null }) {
  if (args.archived === true) return { archivedAt: { $ne: null } };
  if (args.archived === false || !args.includeArchived) return { archivedAt: null };
  return {};
}

/** The where-clause shared by lists of named, tagged, archivable things of one tenant. */
export function placeListWhere(args: PlaceListArgs, database: DatabaseKind) {
  return {
    tenant: args.tenantId,
    ...archiveStateWhere(args),
    ...(args.search ? nameOrTagMatches(args.search, database) : {}),
    ...(args.tag ? { tagsText: hasTag(args.tag) } : {}),
  };
}
