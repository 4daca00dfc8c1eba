import { ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { InputField, inputSchema, Refine } from '../../../graphql/input-rules';
import { idField, nameField } from '../../auth/dto/fields';
import { tagsSchema } from '../../places/tags';
import { Trigger } from '../campaign-enums';

const httpsUrl = z
  .string()
  .trim()
  .max(2048)
  .pipe(z.url({ protocol: /^https$/, message: 'must be an https:// URL' }));

@InputType('ContentInput')
export class ContentInput {
  @InputField(() => String, z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'), {
    description: '1..64 characters',
  })
  title!: string;

  @InputField(() => String, z.string().trim().max(240, 'must be at most 240 characters'), {
    nullable: true,
    multiline: true,
    description: 'up to 240 characters',
  })
  body?: string;

  @InputField(() => String, httpsUrl, { nullable: true, description: 'https only' })
  imageUrl?: string;

  @InputField(() => String, httpsUrl, { nullable: true, description: 'https only' })
  actionUrl?: string;
}

const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:MM');

@InputType('TimeWindowInput')
@Refine((w: TimeWindowInput) => w.startTime < w.endTime, {
  message: 'endTime must be after startTime',
  path: 'endTime',
})
export class TimeWindowInput {
  @InputField(() => Int, z.number().int().min(1, 'must be 1..7').max(7, 'must be 1..7'), {
    description: '1 = Monday … 7 = Sunday',
  })
  dayOfWeek!: number;

  @InputField(() => String, clock, { description: 'HH:MM' })
  startTime!: string;

  @InputField(() => String, clock, { description: 'HH:MM, after startTime; 24:00 for the end of the day' })
  endTime!: string;
}

@InputType('ScheduleInput')
@Refine((s: ScheduleInput) => !s.startsAt || !s.endsAt || s.startsAt < s.endsAt, {
  message: 'endsAt must be after startsAt',
  path: 'endsAt',
})
export class ScheduleInput {
  @InputField(() => Date, z.date(), { nullable: true })
  startsAt?: Date;

  @InputField(() => Date, z.date(), { nullable: true })
  endsAt?: Date;

  @InputField(() => [TimeWindowInput], z.array(inputSchema(TimeWindowInput)).max(50, 'at most 50 windows'), {
    nullable: true,
    description: "weekly windows in the tenant's time zone",
  })
  timeWindows?: TimeWindowInput[];
}

@InputType('FrequencyCapInput')
export class FrequencyCapInput {
  @InputField(() => Int, z.number().int().min(1, 'must be 1..1000').max(1000, 'must be 1..1000'))
  maxDeliveries!: number;

  @InputField(() => Int, z.number().int().min(1, 'must be 1..8760').max(8760, 'must be 1..8760'))
  perHours!: number;
}

const dwellMinutesField = z.number().int().min(1, 'must be 1..1440').max(1440, 'must be 1..1440');
const gapMinutesField = z.number().int().min(0, 'must be 0..10080').max(10080, 'must be 0..10080');
const priorityField = z.number().int().min(-1000, 'must be -1000..1000').max(1000, 'must be -1000..1000');
const placeIdsField = z
  .array(idField)
  .max(500, 'at most 500 places')
  .transform((list) => [...new Set(list)]);

@InputType('CreateCampaignInput')
export class CreateCampaignInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, nameField)
  name!: string;

  @InputField(() => Trigger, z.enum(Trigger))
  trigger!: Trigger;

  @InputField(() => Int, dwellMinutesField, { nullable: true, description: 'DWELL only: 1..1440' })
  dwellMinutes?: number;

  @InputField(() => [ID], placeIdsField, { nullable: true })
  geofenceIds?: string[];

  @InputField(() => [ID], placeIdsField, { nullable: true })
  beaconIds?: string[];

  @InputField(() => ContentInput, inputSchema(ContentInput))
  content!: ContentInput;

  @InputField(() => ScheduleInput, inputSchema(ScheduleInput), { nullable: true })
  schedule?: ScheduleInput;

  @InputField(() => FrequencyCapInput, inputSchema(FrequencyCapInput), { nullable: true })
  frequencyCap?: FrequencyCapInput;

  @InputField(() => Int, gapMinutesField, { nullable: true, description: '0..10080' })
  minimumGapMinutes?: number;

  @InputField(() => Int, priorityField, { nullable: true, description: 'higher first; -1000..1000, default 0' })
  priority?: number;

  @InputField(() => [String], tagsSchema, { nullable: true })
  tags?: string[];
}

/** On update, null clears schedule, frequencyCap and minimumGapMinutes; leaving a field out keeps it. */
@InputType('UpdateCampaignInput', { description: 'DRAFT or PAUSED campaigns only; fields left out stay as they are' })
export class UpdateCampaignInput {
  @InputField(() => ID, idField)
  id!: string;

  @InputField(() => String, nameField, { nullable: true })
  name?: string;

  @InputField(() => Trigger, z.enum(Trigger), { nullable: true })
  trigger?: Trigger;

  @InputField(() => Int, dwellMinutesField, { nullable: true })
  dwellMinutes?: number;

  @InputField(() => [ID], placeIdsField, { nullable: true })
  geofenceIds?: string[];

  @InputField(() => [ID], placeIdsField, { nullable: true })
  beaconIds?: string[];

  @InputField(() => ContentInput, inputSchema(ContentInput), { nullable: true })
  content?: ContentInput;

  @InputField(() => ScheduleInput, inputSchema(ScheduleInput), { nullClears: true })
  schedule?: ScheduleInput | null;

  @InputField(() => FrequencyCapInput, inputSchema(FrequencyCapInput), { nullClears: true })
  frequencyCap?: FrequencyCapInput | null;

  @InputField(() => Int, gapMinutesField, { nullClears: true })
  minimumGapMinutes?: number | null;

  @InputField(() => Int, priorityField, { nullable: true })
  priority?: number;

  @InputField(() => [String], tagsSchema, { nullable: true })
  tags?: string[];
}

export type CampaignChanges = Omit<UpdateCampaignInput, 'id'>;
