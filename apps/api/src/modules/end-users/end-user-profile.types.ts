import { Field, ID, ObjectType } from 'type-graphql';
import { ConsentPurpose, IneligibilityReason, LocationPermission } from '../../policy/policy-enums';
import { ConsentSource, Platform } from './end-user-enums';

@ObjectType('EndUserConsent')
export class EndUserConsent {
  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => Boolean)
  granted!: boolean;

  @Field(() => ConsentSource)
  source!: ConsentSource;

  @Field(() => String)
  policyVersion!: string;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType('PolicyExplanation')
export class PolicyExplanation {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [IneligibilityReason])
  reasons!: IneligibilityReason[];

  @Field(() => String, { description: 'in words: "not targeted: location permission denied"' })
  summary!: string;
}

@ObjectType('EndUserProfile', { description: 'an end user as a privacy officer sees them: contact details masked' })
export class EndUserProfile {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  deviceId!: string;

  @Field(() => String, { nullable: true })
  externalId?: string;

  @Field(() => Platform, { nullable: true })
  platform?: Platform;

  @Field(() => String, { nullable: true })
  locale?: string;

  @Field(() => String, { nullable: true })
  countryCode?: string;

  @Field(() => String, { nullable: true, description: 'e.g. "j***@e***.com"; revealEndUserContact shows it' })
  maskedEmail?: string;

  @Field(() => String, { nullable: true, description: 'e.g. "+33 ••• •• 12"; revealEndUserContact shows it' })
  maskedPhone?: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => LocationPermission)
  locationPermission!: LocationPermission;

  @Field(() => String, {
    description:
      'whether the location may be used, and why, in words: "Not allowed: the app has permission (Always), but the person has not consented"',
  })
  locationUse!: string;

  @Field(() => Boolean)
  restricted!: boolean;

  @Field(() => Boolean)
  objected!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  lastSeenAt!: Date;

  @Field(() => [EndUserConsent], { description: 'the whole consent ledger, newest first' })
  consents!: EndUserConsent[];

  @Field(() => PolicyExplanation, { description: 'what the processing policy decides now, and why' })
  decision!: PolicyExplanation;

  @Field(() => Boolean, { description: "latest consent given under an older policy version than the tenant's" })
  needsReconsent!: boolean;
}

@ObjectType('RevealedContact')
export class RevealedContact {
  @Field(() => String, { nullable: true })
  email?: string;

  @Field(() => String, { nullable: true })
  phone?: string;
}
