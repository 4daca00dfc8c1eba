import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum StatsBucket {
  HOUR = 'HOUR',
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(StatsBucket, { name: 'StatsBucket' });

@ObjectType('StatCount', { description: 'A count that never re-identifies: under 5 end users it is only "< 5"' })
export class StatCount {
  @Field(() => Int, { nullable: true, description: 'null when fewer than 5 end users are behind it' })
  value!: number | null;

  @Field(() => String, { description: "the number, or '< 5'" })
  display!: string;
}

@ObjectType('CampaignStatsPoint')
export class CampaignStatsPoint {
  @Field(() => Date)
  start!: Date;

  @Field(() => StatCount)
  delivered!: StatCount;

  @Field(() => StatCount)
  opened!: StatCount;

  @Field(() => StatCount)
  clicked!: StatCount;

  @Field(() => StatCount, { description: 'distinct end users who were delivered the content' })
  uniqueReach!: StatCount;

  @Field(() => Float, { nullable: true, description: 'opened / delivered, when both may be shown' })
  openRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'clicked / delivered, when both may be shown' })
  clickRate!: number | null;
}

@ObjectType('CampaignStats')
export class CampaignStats {
  @Field(() => StatsBucket)
  bucket!: StatsBucket;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => [CampaignStatsPoint], { description: "one per bucket, in the tenant's time zone, empty ones included" })
  points!: CampaignStatsPoint[];

  @Field(() => CampaignStatsPoint)
  totals!: CampaignStatsPoint;
}
