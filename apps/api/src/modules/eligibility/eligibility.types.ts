import { Field, ID, ObjectType } from 'type-graphql';
import { IneligibilityReason } from '../../policy/policy-enums';

@ObjectType('ContentOffer')
export class ContentOffer {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  body?: string;

  @Field(() => String, { nullable: true })
  imageUrl?: string;

  @Field(() => String, { nullable: true })
  actionUrl?: string;
}

@ObjectType('Eligibility')
export class Eligibility {
  @Field(() => Boolean, {
    description: 'false when the end user may not be processed here and now; then offers is empty',
  })
  eligible!: boolean;

  @Field(() => [IneligibilityReason])
  reasons!: IneligibilityReason[];

  @Field(() => [ContentOffer], {
    description:
      'ACTIVE campaigns whose geofence contains the position or whose beacon was sighted, in schedule, under cap, by priority',
  })
  offers!: ContentOffer[];
}
