import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { MAX_PAGE_SIZE } from '../../graphql/paginate';
import { optionalField, parseInput } from '../../graphql/parse-input';
import { ALL_ROLES, loadForMember, requireApiKey } from '../auth/authorization';
import { idField } from '../auth/dto/fields';
import { Campaign } from '../campaigns/campaign.entity';
import { StatCount } from '../engagement/stats.types';
import { statCount } from '../engagement/small-cohort';
import { Tenant } from '../tenants/tenant.entity';
import { campaignAudience, countEligibleEndUsers } from './audience.service';
import { EndUser } from './end-user.entity';

const AudienceConnection = connectionType('Audience', EndUser);

const audienceArgsSchema = z.object({
  campaignId: idField,
  first: optionalField(
    z.number().int().min(1, `must be 1..${MAX_PAGE_SIZE}`).max(MAX_PAGE_SIZE, `must be 1..${MAX_PAGE_SIZE}`),
  ),
  after: optionalField(z.string().max(200)),
});

@Resolver()
export class AudienceResolver {
  @Query(() => AudienceConnection, {
    description: 'SDK: the end users a campaign may reach now (location basis, age, consent, restriction all applied)',
  })
  campaignAudience(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const { tenantId } = requireApiKey(ctx);
    return campaignAudience(ctx, tenantId, parseInput(audienceArgsSchema, { campaignId, first, after }));
  }

  @Query(() => StatCount, {
    description: "Dashboard: how many end users the policy lets this campaign's tenant target now ('< 5' when few)",
  })
  async campaignAudienceSize(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context): Promise<StatCount> {
    const campaign = await loadForMember(ctx, Campaign, parseInput(idField, campaignId), ALL_ROLES, 'Campaign');
    const tenant = await ctx.em.findOneOrFail(Tenant, { id: campaign.tenant.id });
    const count = await countEligibleEndUsers(ctx, tenant, ctx.app.now());
    return statCount(count, count);
  }
}
