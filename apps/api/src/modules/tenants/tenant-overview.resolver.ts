import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { TenantIdArgs } from '../../graphql/id-args';
import { tenantOverview } from './tenant-overview.service';
import { TenantOverview } from './tenant-overview.types';

@Resolver()
export class TenantOverviewResolver {
  @Query(() => TenantOverview, {
    description:
      'any member: engagement of the last 7 and 30 days against the period before, active campaigns, opt-ins, open privacy requests and places',
  })
  tenantOverview(@Args(() => TenantIdArgs) { tenantId }: TenantIdArgs, @Ctx() ctx: Context): Promise<TenantOverview> {
    return tenantOverview(ctx, tenantId);
  }
}
