import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { requireMembership } from '../auth/authorization';
import { idField } from '../auth/dto/fields';
import { UsageCounter } from './usage-counter.entity';

@ObjectType('UsageDay')
class UsageDay {
  @Field(() => String, { description: 'UTC day, YYYY-MM-DD' })
  day!: string;

  @Field(() => String)
  operation!: string;

  @Field(() => Int)
  count!: number;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const usageArgs = z.object({ tenantId: idField, from: day, to: day });

@Resolver()
export class UsageResolver {
  @Query(() => [UsageDay], { description: 'SDK calls per UTC day and operation (counted a few seconds late)' })
  async usage(
    @Arg('tenantId', () => ID) tenantId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: Context,
  ): Promise<UsageDay[]> {
    const args = parseInput(usageArgs, { tenantId, from, to });
    await requireMembership(ctx, args.tenantId);
    return ctx.em.find(
      UsageCounter,
      { tenant: args.tenantId, day: { $gte: args.from, $lte: args.to } },
      { orderBy: { day: 'asc', operation: 'asc' } },
    );
  }
}
