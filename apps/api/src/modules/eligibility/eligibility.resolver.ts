import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { requireApiKey } from '../auth/authorization';
import { EligibilityInput, eligibilitySchema } from './dto/eligibility.input';
import { eligibility } from './eligibility.service';
import { Eligibility } from './eligibility.types';

@Resolver()
export class EligibilityResolver {
  @Query(() => Eligibility, { description: 'SDK: what this end user may receive here and now' })
  eligibility(
    @Arg('input', () => EligibilityInput) input: EligibilityInput,
    @Ctx() ctx: Context,
  ): Promise<Eligibility> {
    const { tenantId } = requireApiKey(ctx);
    return eligibility(ctx, tenantId, parseInput(eligibilitySchema, input));
  }
}
