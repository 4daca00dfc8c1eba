import { Field, Float, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { idField, nameField } from '../../auth/dto/fields';
import { polygonSchema, radiusSchema } from '../geometry';
import { LatLngInput, latLngSchema } from '../lat-lng';
import { tagsSchema } from '../tags';

@InputType('CreateGeofenceInput')
export class CreateGeofenceInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LatLngInput, { nullable: true })
  center?: LatLngInput | null;

  @Field(() => Float, { nullable: true })
  radiusMeters?: number | null;

  @Field(() => [LatLngInput], {
    nullable: true,
    description:
      'a circle: center + radiusMeters (1..100000), or a polygon: 3+ vertices, not self-intersecting; exactly one of the two',
  })
  polygon?: LatLngInput[] | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType('UpdateGeofenceInput', { description: 'fields left out stay as they are; a new shape replaces the old one' })
export class UpdateGeofenceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => LatLngInput, { nullable: true })
  center?: LatLngInput | null;

  @Field(() => Float, { nullable: true })
  radiusMeters?: number | null;

  @Field(() => [LatLngInput], { nullable: true })
  polygon?: LatLngInput[] | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

const shapeFields = {
  center: optionalField(latLngSchema),
  radiusMeters: optionalField(radiusSchema),
  polygon: optionalField(polygonSchema),
};

export const createGeofenceSchema = z.object({
  tenantId: idField,
  name: nameField,
  ...shapeFields,
  tags: optionalField(tagsSchema),
});

export const updateGeofenceSchema = z.object({
  id: idField,
  name: optionalField(nameField),
  ...shapeFields,
  tags: optionalField(tagsSchema),
});
