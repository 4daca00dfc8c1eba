import { Float, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { InputField, inputSchema } from '../../../graphql/input-rules';
import { deviceIdField } from '../../end-users/dto/upsert-end-user.input';
import { beaconNumberSchema, beaconUuidSchema } from '../../places/dto/beacon.inputs';
import { latitudeField, longitudeField } from '../../places/lat-lng';

@InputType('PositionInput')
export class PositionInput {
  @InputField(() => Float, latitudeField)
  latitude!: number;

  @InputField(() => Float, longitudeField)
  longitude!: number;

  @InputField(() => Float, z.number().min(0, 'must be 0..10000').max(10_000, 'must be 0..10000'), {
    nullable: true,
    description: 'metres; offers only where the whole circle of uncertainty is inside',
  })
  accuracyMeters?: number;
}

@InputType('BeaconSightingInput')
export class BeaconSightingInput {
  @InputField(() => String, beaconUuidSchema)
  uuid!: string;

  @InputField(() => Int, beaconNumberSchema('major'))
  major!: number;

  @InputField(() => Int, beaconNumberSchema('minor'))
  minor!: number;
}

@InputType('EligibilityInput')
export class EligibilityInput {
  @InputField(() => String, deviceIdField)
  deviceId!: string;

  @InputField(() => PositionInput, inputSchema(PositionInput), { nullable: true })
  position?: PositionInput;

  @InputField(
    () => [BeaconSightingInput],
    z.array(inputSchema(BeaconSightingInput)).max(100, 'at most 100 sightings'),
    {
      nullable: true,
    },
  )
  beacons?: BeaconSightingInput[];

  @InputField(() => Date, z.date(), { nullable: true, description: 'default now' })
  at?: Date;

  @InputField(() => Int, z.number().int().min(1, 'must be 1..20').max(20, 'must be 1..20'), {
    nullable: true,
    description: 'most offers to return: 1..20, default 5',
  })
  limit?: number;
}
