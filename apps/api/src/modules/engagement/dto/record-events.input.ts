import { ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { InputField, inputSchema } from '../../../graphql/input-rules';
import { idField } from '../../auth/dto/fields';
import { deviceIdField } from '../../end-users/dto/upsert-end-user.input';
import { EngagementType } from '../engagement-type';

export const MAX_EVENTS_PER_BATCH = 1000;

@InputType('EngagementEventInput')
export class EngagementEventInput {
  @InputField(() => String, deviceIdField)
  deviceId!: string;

  @InputField(() => ID, idField)
  campaignId!: string;

  @InputField(() => EngagementType, z.enum(EngagementType))
  type!: EngagementType;

  @InputField(() => Date, z.date(), { nullable: true, description: 'default now' })
  occurredAt?: Date;
}

@InputType('RecordEventsInput')
export class RecordEventsInput {
  @InputField(
    () => [EngagementEventInput],
    z
      .array(inputSchema(EngagementEventInput))
      .max(MAX_EVENTS_PER_BATCH, `at most ${MAX_EVENTS_PER_BATCH} events in one batch`),
    { description: 'at most 1,000 events' },
  )
  events!: EngagementEventInput[];
}
