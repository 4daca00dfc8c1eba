import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { idField } from '../auth/dto/fields';
import { campaignStats } from './campaign-stats.service';
import { CampaignStats, StatsBucket } from './stats.types';

const statsArgsSchema = z.object({ campaignId: idField, from: z.date(), to: z.date(), bucket: z.enum(StatsBucket) });

@Resolver()
export class CampaignStatsResolver {
  @Query(() => CampaignStats, {
    description:
      "delivered, opened, clicked and reach over time, in the tenant's time zone; only end users with ANALYTICS consent",
  })
  campaignStats(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('bucket', () => StatsBucket) bucket: StatsBucket,
    @Ctx() ctx: Context,
  ): Promise<CampaignStats> {
    return campaignStats(ctx, parseInput(statsArgsSchema, { campaignId, from, to, bucket }));
  }
}
