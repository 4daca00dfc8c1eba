import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireApiKey } from '../auth/authorization';
import { EligibilityInput } from './dto/eligibility.input';
import { eligibility } from './eligibility.service';
import { Eligibility } from './eligibility.types';

@Resolver()
export class EligibilityResolver {
  @Query(() => Eligibility, { description: 'SDK: what this end user may receive here and now' })
  async eligibility(
    @Arg('input', () => EligibilityInput) input: EligibilityInput,
    @Ctx() ctx: Context,
  ): Promise<Eligibility> {
    const { tenantId } = requireApiKey(ctx);
    const answer = await eligibility(ctx, tenantId, input);
    for (const decision of answer.eligible ? ['ELIGIBLE'] : answer.reasons) {
      ctx.app.metrics.eligibilityDecisions.inc({ decision });
    }
    return answer;
  }
}
