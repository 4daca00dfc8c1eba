import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../graphql/input-rules';

export const latitudeField = z
  .number()
  .min(-90, 'latitude must be between -90 and 90')
  .max(90, 'latitude must be between -90 and 90');
export const longitudeField = z
  .number()
  .min(-180, 'longitude must be between -180 and 180')
  .max(180, 'longitude must be between -180 and 180');

@ObjectType('LatLng')
export class LatLng {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@InputType('LatLngInput')
export class LatLngInput {
  @InputField(() => Float, latitudeField)
  latitude!: number;

  @InputField(() => Float, longitudeField)
  longitude!: number;
}

export const latLng = (latitude: number, longitude: number): LatLng => ({ latitude, longitude });
