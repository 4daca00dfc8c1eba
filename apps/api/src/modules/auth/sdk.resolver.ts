import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { notFound } from '../../graphql/app-error';
import { Tenant } from '../tenants/tenant.entity';
import { requireApiKey } from './authorization';

@Resolver()
export class SdkResolver {
  @Query(() => Tenant, { description: 'SDK: the tenant this API key acts for (lets an SDK backend check its key)' })
  async apiKeyTenant(@Ctx() ctx: Context): Promise<Tenant> {
    const { tenantId } = requireApiKey(ctx);
    const tenant = await ctx.em.findOne(Tenant, { id: tenantId });
    if (!tenant) throw notFound('Tenant');
    return tenant;
  }
}
