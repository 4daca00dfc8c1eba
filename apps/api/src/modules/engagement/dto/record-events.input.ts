import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { idField } from '../../auth/dto/fields';
import { deviceIdField } from '../../end-users/dto/upsert-end-user.input';
import { EngagementType } from '../engagement-type';

@InputType('EngagementEventInput')
export class EngagementEventInput {
  @Field(() => String)
  deviceId!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => EngagementType)
  type!: EngagementType;

  @Field(() => Date, { nullable: true, description: 'default now' })
  occurredAt?: Date | null;
}

@InputType('RecordEventsInput')
export class RecordEventsInput {
  @Field(() => [EngagementEventInput], { description: 'at most 1,000 events' })
  events!: EngagementEventInput[];
}

export const MAX_EVENTS_PER_BATCH = 1000;

export const recordEventsSchema = z.object({
  events: z
    .array(
      z.object({
        deviceId: deviceIdField,
        campaignId: idField,
        type: z.enum(EngagementType),
        occurredAt: optionalField(z.date()),
      }),
    )
    .max(MAX_EVENTS_PER_BATCH, `at most ${MAX_EVENTS_PER_BATCH} events in one batch`),
});

export type EventInput = z.output<typeof recordEventsSchema>['events'][number];
