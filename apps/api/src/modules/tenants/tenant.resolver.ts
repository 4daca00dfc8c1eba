import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { requireMembership, requireOperator } from '../auth/authorization';
import { Membership } from '../auth/membership.entity';
import { Role } from '../auth/role';
import { idField } from '../auth/dto/fields';
import { CreateTenantInput, createTenantSchema } from './dto/create-tenant.input';
import { UpdateTenantSettingsInput, updateTenantSettingsSchema } from './dto/update-tenant-settings.input';
import { Tenant } from './tenant.entity';
import { createTenant, tenantsOf, updateTenantSettings } from './tenant.service';

@Resolver(() => Tenant)
export class TenantResolver {
  @Query(() => [Tenant], { description: 'the tenants the signed-in operator is a member of' })
  tenants(@Ctx() ctx: Context): Promise<Tenant[]> {
    return tenantsOf(ctx, requireOperator(ctx));
  }

  @Query(() => Tenant, { description: 'NOT_FOUND unless the signed-in operator is a member' })
  async tenant(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Tenant> {
    const membership = await requireMembership(ctx, parseInput(idField, id));
    return membership.tenant;
  }

  @Mutation(() => Tenant, { description: 'the caller becomes OWNER' })
  createTenant(@Arg('input', () => CreateTenantInput) input: CreateTenantInput, @Ctx() ctx: Context): Promise<Tenant> {
    const operator = requireOperator(ctx);
    return createTenant(ctx, operator, parseInput(createTenantSchema, input).name);
  }

  @Mutation(() => Tenant, { description: 'OWNER only' })
  async updateTenantSettings(
    @Arg('input', () => UpdateTenantSettingsInput) input: UpdateTenantSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    requireOperator(ctx);
    const { tenantId, ...settings } = parseInput(updateTenantSettingsSchema, input);
    const membership = await requireMembership(ctx, tenantId, [Role.OWNER]);
    return updateTenantSettings(ctx, membership.tenant, settings);
  }

  @FieldResolver(() => Role, { nullable: true, description: "the signed-in operator's role in this tenant" })
  async myRole(@Root() tenant: Tenant, @Ctx() ctx: Context): Promise<Role | null> {
    const known = ctx.roles.get(tenant.id);
    if (known) return known;
    if (ctx.principal.kind !== 'operator') return null;
    const m = await ctx.em.findOne(
      Membership,
      { tenant: tenant.id, operator: ctx.principal.operator.id },
      { filters: false },
    );
    return m?.role ?? null;
  }
}
