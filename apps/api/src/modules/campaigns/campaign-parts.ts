import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Content', { description: 'What the end user sees: a notification' })
export class Content {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  body?: string;

  @Field(() => String, { nullable: true })
  imageUrl?: string;

  @Field(() => String, { nullable: true })
  actionUrl?: string;
}

@ObjectType('TimeWindow', { description: "A weekly window in the tenant's time zone" })
export class TimeWindow {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  dayOfWeek!: number;

  @Field(() => String, { description: 'HH:MM' })
  startTime!: string;

  @Field(() => String, { description: 'HH:MM, after startTime (24:00 for the end of the day)' })
  endTime!: string;
}

@ObjectType('Schedule')
export class Schedule {
  @Field(() => Date, { nullable: true })
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date;

  @Field(() => [TimeWindow], { description: 'empty: any time between startsAt and endsAt' })
  timeWindows!: TimeWindow[];
}

@ObjectType('FrequencyCap')
export class FrequencyCap {
  @Field(() => Int)
  maxDeliveries!: number;

  @Field(() => Int)
  perHours!: number;
}
