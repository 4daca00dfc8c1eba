import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { idField, nameField } from '../../auth/dto/fields';
import { LatLngInput, latLngSchema } from '../lat-lng';
import { tagsSchema } from '../tags';

@InputType('CreateBeaconInput')
export class CreateBeaconInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  uuid!: string;

  @Field(() => Int)
  major!: number;

  @Field(() => Int)
  minor!: number;

  @Field(() => LatLngInput, { nullable: true })
  placement?: LatLngInput | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType('UpdateBeaconInput', { description: 'fields left out stay as they are' })
export class UpdateBeaconInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  uuid?: string | null;

  @Field(() => Int, { nullable: true })
  major?: number | null;

  @Field(() => Int, { nullable: true })
  minor?: number | null;

  @Field(() => LatLngInput, { nullable: true })
  placement?: LatLngInput | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

export const beaconUuidSchema = z
  .string()
  .trim()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    'must be a UUID like f7826da6-4fa2-4e98-8024-bc5b71e0893e',
  )
  .transform((u) => u.toLowerCase());
export const beaconNumberSchema = (field: string) =>
  z.number().int().min(0, `${field} must be between 0 and 65535`).max(65535, `${field} must be between 0 and 65535`);

export const createBeaconSchema = z.object({
  tenantId: idField,
  name: nameField,
  uuid: beaconUuidSchema,
  major: beaconNumberSchema('major'),
  minor: beaconNumberSchema('minor'),
  placement: optionalField(latLngSchema),
  tags: optionalField(tagsSchema),
});

export const updateBeaconSchema = z.object({
  id: idField,
  name: optionalField(nameField),
  uuid: optionalField(beaconUuidSchema),
  major: optionalField(beaconNumberSchema('major')),
  minor: optionalField(beaconNumberSchema('minor')),
  placement: optionalField(latLngSchema),
  tags: optionalField(tagsSchema),
});
