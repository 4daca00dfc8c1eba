import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { pageArgsSchema } from '../../graphql/paginate';
import { optionalField, parseInput } from '../../graphql/parse-input';
import { idField } from '../auth/dto/fields';
import { auditLog } from './audit-log.service';
import { AuditEntryView } from './audit-log.types';

const AuditEntryConnection = connectionType('AuditEntry', AuditEntryView);

@ArgsType()
class AuditLogArgs {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'exact action, e.g. completePrivacyRequest' })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'from this instant, included' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'until this instant, excluded' })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: '1..200, default 50' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

const auditLogSchema = pageArgsSchema
  .extend({
    tenantId: idField,
    actorId: optionalField(idField),
    action: optionalField(z.string().trim().min(1).max(64)),
    from: optionalField(z.date()),
    to: optionalField(z.date()),
  })
  .refine((a) => !a.from || !a.to || a.from < a.to, { message: 'to must be after from', path: ['to'] });

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, { description: 'OWNER or PRIVACY_OFFICER; newest first' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context) {
    return auditLog(ctx, parseInput(auditLogSchema, args));
  }
}
