import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';

@ObjectType('LatLng')
export class LatLng {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@InputType('LatLngInput')
export class LatLngInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

export const latLngSchema = z.object({
  latitude: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
  longitude: z
    .number()
    .min(-180, 'longitude must be between -180 and 180')
    .max(180, 'longitude must be between -180 and 180'),
});

export const latLng = (latitude: number, longitude: number): LatLng => ({ latitude, longitude });
