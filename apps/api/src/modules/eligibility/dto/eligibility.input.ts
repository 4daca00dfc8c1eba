import { Field, Float, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { deviceIdField } from '../../end-users/dto/upsert-end-user.input';
import { beaconNumberSchema, beaconUuidSchema } from '../../places/dto/beacon.inputs';
import { latLngSchema } from '../../places/lat-lng';

@InputType('PositionInput')
export class PositionInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'metres; offers only where the whole circle of uncertainty is inside',
  })
  accuracyMeters?: number | null;
}

@InputType('BeaconSightingInput')
export class BeaconSightingInput {
  @Field(() => String)
  uuid!: string;

  @Field(() => Int)
  major!: number;

  @Field(() => Int)
  minor!: number;
}

@InputType('EligibilityInput')
export class EligibilityInput {
  @Field(() => String)
  deviceId!: string;

  @Field(() => PositionInput, { nullable: true })
  position?: PositionInput | null;

  @Field(() => [BeaconSightingInput], { nullable: true })
  beacons?: BeaconSightingInput[] | null;

  @Field(() => Date, { nullable: true, description: 'default now' })
  at?: Date | null;

  @Field(() => Int, { nullable: true, description: 'most offers to return: 1..20, default 5' })
  limit?: number | null;
}

export const eligibilitySchema = z.object({
  deviceId: deviceIdField,
  position: optionalField(
    latLngSchema.extend({
      accuracyMeters: optionalField(z.number().min(0, 'must be 0..10000').max(10_000, 'must be 0..10000')),
    }),
  ),
  beacons: optionalField(
    z
      .array(
        z.object({ uuid: beaconUuidSchema, major: beaconNumberSchema('major'), minor: beaconNumberSchema('minor') }),
      )
      .max(100, 'at most 100 sightings'),
  ),
  at: optionalField(z.date()),
  limit: optionalField(z.number().int().min(1, 'must be 1..20').max(20, 'must be 1..20')),
});

export type EligibilityArgs = z.output<typeof eligibilitySchema>;
