import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { conflict } from '../../graphql/app-error';
import { TenantIdArgs } from '../../graphql/id-args';
import { requireMembership } from '../auth/authorization';
import type { Tenant } from '../tenants/tenant.entity';
import { PRIVACY_ROLES } from './privacy-roles';
import { lastRetentionRun, purgeTenant } from './retention-purge';
import { PurgeResult, RetentionSettings, UpdateRetentionInput } from './retention.types';

async function settingsOf(ctx: Context, tenant: Tenant): Promise<RetentionSettings> {
  const last = await lastRetentionRun(ctx.em, tenant.id);
  return {
    eventRetentionDays: tenant.eventRetentionDays,
    inactiveEndUserDays: tenant.inactiveEndUserDays,
    lastPurgeAt: last?.ranAt,
    lastPurgeCounts: last?.erased ?? [],
  };
}

@Resolver()
export class RetentionResolver {
  @Query(() => RetentionSettings, { description: 'OWNER or PRIVACY_OFFICER' })
  async retentionSettings(@Args(() => TenantIdArgs) { tenantId }: TenantIdArgs, @Ctx() ctx: Context) {
    const { tenant } = await requireMembership(ctx, tenantId, PRIVACY_ROLES);
    return settingsOf(ctx, tenant);
  }

  @Mutation(() => RetentionSettings, { description: 'OWNER or PRIVACY_OFFICER' })
  async updateRetention(@Arg('input', () => UpdateRetentionInput) input: UpdateRetentionInput, @Ctx() ctx: Context) {
    const { tenantId, ...periods } = input;
    const { tenant } = await requireMembership(ctx, tenantId, PRIVACY_ROLES);
    Object.assign(tenant, periods);
    await ctx.em.flush();
    ctx.audit.targetId = tenant.id;
    return settingsOf(ctx, tenant);
  }

  @Mutation(() => PurgeResult, { description: 'OWNER or PRIVACY_OFFICER: the scheduled purge, now' })
  async runRetentionPurge(
    @Args(() => TenantIdArgs) { tenantId }: TenantIdArgs,
    @Ctx() ctx: Context,
  ): Promise<PurgeResult> {
    const { tenant } = await requireMembership(ctx, tenantId, PRIVACY_ROLES);
    ctx.audit.targetId = tenant.id;
    const run = await purgeTenant(
      ctx.em,
      tenant.id,
      ctx.app.now,
      'manual',
      ctx.app.config.suppressionSecret,
      ctx.app.purgeLease,
    );
    if (!run) throw conflict('a purge of this tenant is running now; try again in a few minutes');
    return { erased: run.erased, ranAt: run.ranAt };
  }
}
