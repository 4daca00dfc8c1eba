import { Args, ArgsType, Ctx, ID, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { InputField, Refine } from '../../graphql/input-rules';
import { PageArgs } from '../../graphql/paginate';
import { idField } from '../auth/dto/fields';
import { auditActions, auditLog } from './audit-log.service';
import { AuditActionView, AuditEntryView } from './audit-log.types';
import { TenantIdArgs } from '../../graphql/id-args';

const AuditEntryConnection = connectionType('AuditEntry', AuditEntryView);

@ArgsType()
@Refine((a: AuditLogArgs) => !a.from || !a.to || a.from < a.to, { message: 'to must be after from', path: 'to' })
export class AuditLogArgs extends PageArgs {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => ID, idField, { nullable: true })
  actorId?: string;

  @InputField(() => String, z.string().trim().min(1).max(64), {
    nullable: true,
    description: 'exact action, e.g. completePrivacyRequest',
  })
  action?: string;

  @InputField(() => Date, z.date(), { nullable: true, description: 'from this instant, included' })
  from?: Date;

  @InputField(() => Date, z.date(), { nullable: true, description: 'until this instant, excluded' })
  to?: Date;
}

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, { description: 'OWNER or PRIVACY_OFFICER; newest first' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context) {
    return auditLog(ctx, args);
  }

  @Query(() => [AuditActionView], { description: 'OWNER or PRIVACY_OFFICER; the actions the log holds, in words' })
  auditActions(@Args(() => TenantIdArgs) { tenantId }: TenantIdArgs, @Ctx() ctx: Context) {
    return auditActions(ctx, tenantId);
  }
}
