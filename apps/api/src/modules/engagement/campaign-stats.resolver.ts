import { Args, ArgsType, Ctx, ID, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { InputField } from '../../graphql/input-rules';
import { idField } from '../auth/dto/fields';
import { campaignStats } from './campaign-stats.service';
import { CampaignStats, StatsBucket } from './stats.types';

@ArgsType()
class CampaignStatsArgs {
  @InputField(() => ID, idField)
  campaignId!: string;

  @InputField(() => Date, z.date())
  from!: Date;

  @InputField(() => Date, z.date())
  to!: Date;

  @InputField(() => StatsBucket, z.enum(StatsBucket))
  bucket!: StatsBucket;
}

@Resolver()
export class CampaignStatsResolver {
  @Query(() => CampaignStats, {
    description:
      "delivered, opened, clicked and reach over time, in the tenant's time zone; only end users with ANALYTICS consent",
  })
  campaignStats(@Args(() => CampaignStatsArgs) args: CampaignStatsArgs, @Ctx() ctx: Context): Promise<CampaignStats> {
    return campaignStats(ctx, args);
  }
}
