import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { idField, nameField } from '../../auth/dto/fields';
import { tagsSchema } from '../../places/tags';
import { Trigger } from '../campaign-enums';

@InputType('ContentInput')
export class ContentInput {
  @Field(() => String, { description: '1..64 characters' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'up to 240 characters' })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'https only' })
  imageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'https only' })
  actionUrl?: string | null;
}

@InputType('TimeWindowInput')
export class TimeWindowInput {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  dayOfWeek!: number;

  @Field(() => String, { description: 'HH:MM' })
  startTime!: string;

  @Field(() => String, { description: 'HH:MM, after startTime; 24:00 for the end of the day' })
  endTime!: string;
}

@InputType('ScheduleInput')
export class ScheduleInput {
  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => [TimeWindowInput], { nullable: true, description: "weekly windows in the tenant's time zone" })
  timeWindows?: TimeWindowInput[] | null;
}

@InputType('FrequencyCapInput')
export class FrequencyCapInput {
  @Field(() => Int)
  maxDeliveries!: number;

  @Field(() => Int)
  perHours!: number;
}

@InputType('CreateCampaignInput')
export class CreateCampaignInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Trigger)
  trigger!: Trigger;

  @Field(() => Int, { nullable: true, description: 'DWELL only: 1..1440' })
  dwellMinutes?: number | null;

  @Field(() => [ID], { nullable: true })
  geofenceIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  beaconIds?: string[] | null;

  @Field(() => ContentInput)
  content!: ContentInput;

  @Field(() => ScheduleInput, { nullable: true })
  schedule?: ScheduleInput | null;

  @Field(() => FrequencyCapInput, { nullable: true })
  frequencyCap?: FrequencyCapInput | null;

  @Field(() => Int, { nullable: true, description: '0..10080' })
  minimumGapMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'higher first; -1000..1000, default 0' })
  priority?: number | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType('UpdateCampaignInput', { description: 'DRAFT or PAUSED campaigns only; fields left out stay as they are' })
export class UpdateCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Trigger, { nullable: true })
  trigger?: Trigger | null;

  @Field(() => Int, { nullable: true })
  dwellMinutes?: number | null;

  @Field(() => [ID], { nullable: true })
  geofenceIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  beaconIds?: string[] | null;

  @Field(() => ContentInput, { nullable: true })
  content?: ContentInput | null;

  @Field(() => ScheduleInput, { nullable: true })
  schedule?: ScheduleInput | null;

  @Field(() => FrequencyCapInput, { nullable: true })
  frequencyCap?: FrequencyCapInput | null;

  @Field(() => Int, { nullable: true })
  minimumGapMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  priority?: number | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

const httpsUrl = z
  .string()
  .trim()
  .max(2048)
  .pipe(z.url({ protocol: /^https$/, message: 'must be an https:// URL' }));

export const contentSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
  body: optionalField(z.string().trim().max(240, 'must be at most 240 characters')),
  imageUrl: optionalField(httpsUrl),
  actionUrl: optionalField(httpsUrl),
});

const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:MM');
const timeWindowSchema = z
  .object({
    dayOfWeek: z.number().int().min(1, 'must be 1..7').max(7, 'must be 1..7'),
    startTime: clock,
    endTime: clock,
  })
  .refine((w) => w.startTime < w.endTime, { message: 'endTime must be after startTime', path: ['endTime'] });

export const scheduleSchema = z
  .object({
    startsAt: optionalField(z.date()),
    endsAt: optionalField(z.date()),
    timeWindows: optionalField(z.array(timeWindowSchema).max(50, 'at most 50 windows')),
  })
  .refine((s) => !s.startsAt || !s.endsAt || s.startsAt < s.endsAt, {
    message: 'endsAt must be after startsAt',
    path: ['endsAt'],
  });

export const frequencyCapSchema = z.object({
  maxDeliveries: z.number().int().min(1, 'must be 1..1000').max(1000, 'must be 1..1000'),
  perHours: z.number().int().min(1, 'must be 1..8760').max(8760, 'must be 1..8760'),
});

const gapMinutesSchema = z.number().int().min(0, 'must be 0..10080').max(10080, 'must be 0..10080');

const ids = z
  .array(idField)
  .max(500, 'at most 500 places')
  .transform((list) => [...new Set(list)]);

const campaignFields = {
  dwellMinutes: optionalField(z.number().int().min(1, 'must be 1..1440').max(1440, 'must be 1..1440')),
  geofenceIds: optionalField(ids),
  beaconIds: optionalField(ids),
  schedule: optionalField(scheduleSchema),
  frequencyCap: optionalField(frequencyCapSchema),
  minimumGapMinutes: optionalField(gapMinutesSchema),
  priority: optionalField(z.number().int().min(-1000, 'must be -1000..1000').max(1000, 'must be -1000..1000')),
  tags: optionalField(tagsSchema),
};

export const createCampaignSchema = z.object({
  tenantId: idField,
  name: nameField,
  trigger: z.enum(Trigger),
  content: contentSchema,
  ...campaignFields,
});

/** On update, null clears the setting, and leaving the field out keeps it. */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const updateCampaignSchema = z.object({
  id: idField,
  name: optionalField(nameField),
  trigger: optionalField(z.enum(Trigger)),
  content: optionalField(contentSchema),
  ...campaignFields,
  schedule: clearable(scheduleSchema),
  frequencyCap: clearable(frequencyCapSchema),
  minimumGapMinutes: clearable(gapMinutesSchema),
});

export type CampaignChanges = Omit<z.output<typeof updateCampaignSchema>, 'id'>;
