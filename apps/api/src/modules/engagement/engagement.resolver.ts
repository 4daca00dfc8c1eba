import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { requireApiKey } from '../auth/authorization';
import { RecordEventsInput, recordEventsSchema } from './dto/record-events.input';
import { recordEvents } from './engagement.service';

@ObjectType('RecordEventsPayload')
class RecordEventsPayload {
  @Field(() => Int)
  accepted!: number;

  @Field(() => Int, { description: 'events of unknown, suppressed or restricted devices or of unknown campaigns' })
  rejected!: number;
}

@Resolver()
export class EngagementResolver {
  @Mutation(() => RecordEventsPayload, {
    description: 'SDK: report what happened to offers, up to 1,000 events a call',
  })
  async recordEvents(@Arg('input', () => RecordEventsInput) input: RecordEventsInput, @Ctx() ctx: Context) {
    const { tenantId } = requireApiKey(ctx);
    return recordEvents(ctx, tenantId, parseInput(recordEventsSchema, input).events);
  }
}
