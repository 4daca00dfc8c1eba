import { Args, ArgsType, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { CampaignIdArgs } from '../../graphql/id-args';
import { InputField } from '../../graphql/input-rules';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSizeRule } from '../../graphql/paginate';
import { ALL_ROLES, loadForMember, requireApiKey } from '../auth/authorization';
import { idField } from '../auth/dto/fields';
import { Campaign } from '../campaigns/campaign.entity';
import { StatCount } from '../engagement/stats.types';
import { statCount } from '../engagement/small-cohort';
import { Tenant } from '../tenants/tenant.entity';
import { campaignAudience, countEligibleEndUsers } from './audience.service';
import { EndUser } from './end-user.entity';

const AudienceConnection = connectionType('Audience', EndUser);

@ArgsType()
class CampaignAudienceArgs {
  @InputField(() => ID, idField)
  campaignId!: string;

  @InputField(() => Int, pageSizeRule, {
    nullable: true,
    description: `1..${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}`,
  })
  first?: number;

  @InputField(() => String, z.string().max(200), { nullable: true })
  after?: string;
}

@Resolver()
export class AudienceResolver {
  @Query(() => AudienceConnection, {
    description: 'SDK: the end users a campaign may reach now (location basis, age, consent, restriction all applied)',
  })
  campaignAudience(@Args(() => CampaignAudienceArgs) args: CampaignAudienceArgs, @Ctx() ctx: Context) {
    const { tenantId } = requireApiKey(ctx);
    return campaignAudience(ctx, tenantId, args);
  }

  @Query(() => StatCount, {
    description: "Dashboard: how many end users the policy lets this campaign's tenant target now ('< 5' when few)",
  })
  async campaignAudienceSize(
    @Args(() => CampaignIdArgs) { campaignId }: CampaignIdArgs,
    @Ctx() ctx: Context,
  ): Promise<StatCount> {
    const campaign = await loadForMember(ctx, Campaign, campaignId, ALL_ROLES, 'Campaign');
    const tenant = await ctx.em.findOneOrFail(Tenant, { id: campaign.tenant.id });
    const count = await countEligibleEndUsers(ctx, tenant, ctx.app.now());
    return statCount(count, count);
  }
}
