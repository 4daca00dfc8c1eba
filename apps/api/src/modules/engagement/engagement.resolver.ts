import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireApiKey } from '../auth/authorization';
import { RecordEventsInput } from './dto/record-events.input';
import { recordEvents } from './engagement.service';

@ObjectType('RecordEventsPayload')
class RecordEventsPayload {
  @Field(() => Int)
  accepted!: number;

  @Field(() => Int, {
    description:
      'events not stored: unknown or suppressed devices, end users the policy did not allow when the event occurred (judged on the consent ledger as it stood then), unknown campaigns, times in the future',
  })
  rejected!: number;
}

@Resolver()
export class EngagementResolver {
  @Mutation(() => RecordEventsPayload, {
    description:
      'SDK: report what happened to offers, up to 1,000 events a call; TENANT_SUSPENDED while the tenant is suspended',
  })
  async recordEvents(@Arg('input', () => RecordEventsInput) input: RecordEventsInput, @Ctx() ctx: Context) {
    const { tenantId } = requireApiKey(ctx);
    return recordEvents(ctx, tenantId, input.events);
  }
}
