import { Args, Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { IdArgs } from '../../graphql/id-args';
import { requireMembership, requireOperator } from '../auth/authorization';
import { Membership } from '../auth/membership.entity';
import { Role } from '../auth/role';
import { CreateTenantInput } from './dto/create-tenant.input';
import { PRIVACY_ROLES } from '../privacy/privacy-roles';
import { MinimumAgeImpactArgs, UpdateTenantSettingsInput } from './dto/update-tenant-settings.input';
import { Tenant } from './tenant.entity';
import { createTenant, minimumAgeImpact, tenantsOf, updateTenantSettings } from './tenant.service';

@Resolver(() => Tenant)
export class TenantResolver {
  @Query(() => [Tenant], { description: 'the tenants the signed-in operator is a member of' })
  tenants(@Ctx() ctx: Context): Promise<Tenant[]> {
    return tenantsOf(ctx, requireOperator(ctx));
  }

  @Query(() => Tenant, { description: 'NOT_FOUND unless the signed-in operator is a member' })
  async tenant(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Tenant> {
    const membership = await requireMembership(ctx, id);
    return membership.tenant;
  }

  @Mutation(() => Tenant, { description: 'the caller becomes OWNER' })
  createTenant(@Arg('input', () => CreateTenantInput) input: CreateTenantInput, @Ctx() ctx: Context): Promise<Tenant> {
    const operator = requireOperator(ctx);
    return createTenant(ctx, operator, input.name);
  }

  @Mutation(() => Tenant, {
    description: 'OWNER only; a minimum age erases every stored end user under it, in the same transaction',
  })
  async updateTenantSettings(
    @Arg('input', () => UpdateTenantSettingsInput) input: UpdateTenantSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    requireOperator(ctx);
    const { tenantId, ...settings } = input;
    await requireMembership(ctx, tenantId, [Role.OWNER]);
    return updateTenantSettings(ctx, tenantId, settings);
  }

  @Query(() => Int, {
    description:
      'OWNER or PRIVACY_OFFICER: how many stored end users a minimum age of `minimumAge` would erase now (ask before raising it)',
  })
  async minimumAgeImpact(
    @Args(() => MinimumAgeImpactArgs) args: MinimumAgeImpactArgs,
    @Ctx() ctx: Context,
  ): Promise<number> {
    await requireMembership(ctx, args.tenantId, PRIVACY_ROLES);
    return minimumAgeImpact(ctx, args.tenantId, args.minimumAge);
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
