import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { conflict } from '../../graphql/app-error';
import { parseInput } from '../../graphql/parse-input';
import { requireMembership } from '../auth/authorization';
import { idField } from '../auth/dto/fields';
import type { Tenant } from '../tenants/tenant.entity';
import { PRIVACY_ROLES } from './privacy-roles';
import { lastRetentionRun, purgeTenant } from './retention-purge';
import { PurgeResult, RetentionSettings, UpdateRetentionInput, updateRetentionSchema } from './retention.types';

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
  async retentionSettings(@Arg('tenantId', () => ID) tenantId: string, @Ctx() ctx: Context) {
    const { tenant } = await requireMembership(ctx, parseInput(idField, tenantId), PRIVACY_ROLES);
    return settingsOf(ctx, tenant);
  }

  @Mutation(() => RetentionSettings, { description: 'OWNER or PRIVACY_OFFICER' })
  async updateRetention(@Arg('input', () => UpdateRetentionInput) input: UpdateRetentionInput, @Ctx() ctx: Context) {
    const { tenantId, ...periods } = parseInput(updateRetentionSchema, input);
    const { tenant } = await requireMembership(ctx, tenantId, PRIVACY_ROLES);
    for (const [key, value] of Object.entries(periods))
      if (value !== undefined) Object.assign(tenant, { [key]: value });
    await ctx.em.flush();
    ctx.audit.targetId = tenant.id;
    return settingsOf(ctx, tenant);
  }

  @Mutation(() => PurgeResult, { description: 'OWNER or PRIVACY_OFFICER: the scheduled purge, now' })
  async runRetentionPurge(@Arg('tenantId', () => ID) tenantId: string, @Ctx() ctx: Context): Promise<PurgeResult> {
    const { tenant } = await requireMembership(ctx, parseInput(idField, tenantId), PRIVACY_ROLES);
    ctx.audit.targetId = tenant.id;
    const run = await purgeTenant(ctx.em, tenant.id, ctx.app.now, 'manual');
    if (!run) throw conflict('a purge of this tenant is running now; try again in a few minutes');
    return { erased: run.erased, ranAt: run.ranAt };
  }
}
