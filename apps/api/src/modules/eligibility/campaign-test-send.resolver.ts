import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { campaignTestSend } from './campaign-test-send';
import { CampaignTestSend, CampaignTestSendInput } from './campaign-test-send.types';

@Resolver()
export class CampaignTestSendResolver {
  @Query(() => CampaignTestSend, {
    description: 'any member: what a test device would be offered at a point now, with the reasons; sends nothing',
  })
  campaignTestSend(
    @Arg('input', () => CampaignTestSendInput) input: CampaignTestSendInput,
    @Ctx() ctx: Context,
  ): Promise<CampaignTestSend> {
    return campaignTestSend(ctx, input);
  }
}
