import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignFigures, campaignFigures } from './campaign-figures';

@Resolver(() => Campaign)
export class CampaignFiguresResolver {
  @FieldResolver(() => CampaignFigures, {
    description: 'delivered and opened so far, counting only end users with ANALYTICS consent; batched per page',
  })
  figures(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignFigures> {
    return campaignFigures(ctx, campaign.tenant.id, campaign.id);
  }
}
