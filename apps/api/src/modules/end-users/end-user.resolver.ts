import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { IneligibilityReason } from '../../policy/policy-enums';
import { requireApiKey } from '../auth/authorization';
import { ConsentRecord } from './consent-record.entity';
import { RecordConsentInput } from './dto/record-consent.input';
import { UpsertEndUserInput } from './dto/upsert-end-user.input';
import { EndUser } from './end-user.entity';
import { recordConsent, upsertEndUser } from './end-user.service';

@ObjectType('UpsertEndUserPayload')
class UpsertEndUserPayload {
  @Field(() => EndUser, { nullable: true, description: 'null when nothing was stored (under minimum age, suppressed)' })
  endUser!: EndUser | null;

  @Field(() => [IneligibilityReason], { description: 'why the end user cannot be processed now (empty when they can)' })
  reasons!: IneligibilityReason[];
}

@ObjectType('RecordConsentPayload')
class RecordConsentPayload {
  @Field(() => ConsentRecord, { nullable: true, description: 'null when nothing was stored (a suppressed device)' })
  consent!: ConsentRecord | null;
}

@Resolver()
export class EndUserResolver {
  @Mutation(() => UpsertEndUserPayload, {
    description:
      'SDK: register or update an end user by device. While the tenant is suspended: a child is erased and suppressed all the same; anything else is TENANT_SUSPENDED, keeping only a withdrawn location permission',
  })
  upsertEndUser(@Arg('input', () => UpsertEndUserInput) input: UpsertEndUserInput, @Ctx() ctx: Context) {
    const { tenantId } = requireApiKey(ctx);
    return upsertEndUser(ctx, tenantId, input);
  }

  @Mutation(() => RecordConsentPayload, {
    description:
      'SDK: append to the consent ledger; grants are TENANT_SUSPENDED while the tenant is suspended, withdrawals never',
  })
  async recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: Context) {
    const { tenantId, apiKeyId } = requireApiKey(ctx);
    return { consent: await recordConsent(ctx, tenantId, apiKeyId, input) };
  }
}
