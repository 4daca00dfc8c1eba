import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity';
import { StatCount } from '../engagement/stats.types';
import { PrivacyRequest } from '../privacy/privacy-request.entity';

@ObjectType('TrendFigure', { description: 'a count over a period beside the same count over the period before it' })
export class TrendFigure {
  @Field(() => StatCount)
  current!: StatCount;

  @Field(() => StatCount)
  previous!: StatCount;

  @Field(() => Float, {
    nullable: true,
    description: '(current - previous) / previous; null when either is hidden or there was nothing before',
  })
  change!: number | null;
}

@ObjectType('EngagementPeriod', { description: 'the last `days` days up to now, against the `days` days before' })
export class EngagementPeriod {
  @Field(() => Int)
  days!: number;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => TrendFigure)
  delivered!: TrendFigure;

  @Field(() => TrendFigure)
  opened!: TrendFigure;

  @Field(() => TrendFigure, { description: 'distinct end users who were delivered something' })
  reach!: TrendFigure;
}

@ObjectType('OptInFigure', { description: 'end users who opted in, and their share of all end users' })
export class OptInFigure {
  @Field(() => StatCount)
  count!: StatCount;

  @Field(() => Float, { nullable: true, description: 'count / all end users; null when the count is hidden' })
  rate!: number | null;
}

@ObjectType('AudienceOverview', {
  description: 'opt-ins as the policy counts them: restricted, objecting and under-age end users never opt in',
})
export class AudienceOverview {
  @Field(() => Int)
  endUsers!: number;

  @Field(() => OptInFigure, { description: 'location allowed by the device AND the latest LOCATION consent a grant' })
  location!: OptInFigure;

  @Field(() => OptInFigure, { description: 'the latest MARKETING consent a grant' })
  marketing!: OptInFigure;

  @Field(() => OptInFigure, { description: 'end users the policy lets campaigns target now' })
  reachable!: OptInFigure;
}

@ObjectType('CampaignsOverview')
export class CampaignsOverview {
  @Field(() => Int, { description: 'ACTIVE and not archived' })
  active!: number;

  @Field(() => Campaign, { nullable: true, description: 'the active campaign whose end date comes first' })
  nextEnding!: Campaign | null;
}

@ObjectType('PrivacyOverview')
export class PrivacyOverview {
  @Field(() => Int, { description: 'RECEIVED or IN_PROGRESS' })
  open!: number;

  @Field(() => PrivacyRequest, { nullable: true, description: 'the open request due first' })
  nextDue!: PrivacyRequest | null;
}

@ObjectType('PlacesOverview', { description: 'places not archived' })
export class PlacesOverview {
  @Field(() => Int)
  geofences!: number;

  @Field(() => Int)
  beacons!: number;
}

@ObjectType('TenantOverview', { description: "the figures a member starts the day with, as of the server's now" })
export class TenantOverview {
  @Field(() => Date)
  asOf!: Date;

  @Field(() => EngagementPeriod)
  last7Days!: EngagementPeriod;

  @Field(() => EngagementPeriod)
  last30Days!: EngagementPeriod;

  @Field(() => CampaignsOverview)
  campaigns!: CampaignsOverview;

  @Field(() => AudienceOverview)
  audience!: AudienceOverview;

  @Field(() => PrivacyOverview, { nullable: true, description: 'null unless the member is OWNER or PRIVACY_OFFICER' })
  privacy!: PrivacyOverview | null;

  @Field(() => PlacesOverview)
  places!: PlacesOverview;
}
