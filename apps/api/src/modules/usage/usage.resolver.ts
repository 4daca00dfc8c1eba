import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { InputField } from '../../graphql/input-rules';
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

@ArgsType()
class UsageArgs {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, day)
  from!: string;

  @InputField(() => String, day)
  to!: string;
}

@Resolver()
export class UsageResolver {
  @Query(() => [UsageDay], { description: 'SDK calls per UTC day and operation (counted a few seconds late)' })
  async usage(@Args(() => UsageArgs) args: UsageArgs, @Ctx() ctx: Context): Promise<UsageDay[]> {
    await requireMembership(ctx, args.tenantId);
    return ctx.em.find(
      UsageCounter,
      { tenant: args.tenantId, day: { $gte: args.from, $lte: args.to } },
      { orderBy: { day: 'asc', operation: 'asc' } },
    );
  }
}
