import { ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { InputField, inputSchema } from '../../../graphql/input-rules';
import { idField, nameField } from '../../auth/dto/fields';
import { LatLngInput } from '../lat-lng';
import { tagsSchema } from '../tags';

export const beaconUuidSchema = z
  .string()
  .trim()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    'must be a UUID like f7826da6-4fa2-4e98-8024-bc5b71e0893e',
  )
  .transform((u) => u.toLowerCase());
export const beaconNumberSchema = (field: string) => {
  const rule = `the ${field} number must be a whole number from 0 to 65,535`;
  return z.number().int(rule).min(0, rule).max(65535, rule);
};

@InputType('CreateBeaconInput')
export class CreateBeaconInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, nameField)
  name!: string;

  @InputField(() => String, beaconUuidSchema)
  uuid!: string;

  @InputField(() => Int, beaconNumberSchema('major'))
  major!: number;

  @InputField(() => Int, beaconNumberSchema('minor'))
  minor!: number;

  @InputField(() => LatLngInput, inputSchema(LatLngInput), { nullable: true })
  placement?: LatLngInput;

  @InputField(() => [String], tagsSchema, { nullable: true })
  tags?: string[];
}

@InputType('UpdateBeaconInput', { description: 'fields left out stay as they are' })
export class UpdateBeaconInput {
  @InputField(() => ID, idField)
  id!: string;

  @InputField(() => String, nameField, { nullable: true })
  name?: string;

  @InputField(() => String, beaconUuidSchema, { nullable: true })
  uuid?: string;

  @InputField(() => Int, beaconNumberSchema('major'), { nullable: true })
  major?: number;

  @InputField(() => Int, beaconNumberSchema('minor'), { nullable: true })
  minor?: number;

  @InputField(() => LatLngInput, inputSchema(LatLngInput), { nullable: true })
  placement?: LatLngInput;

  @InputField(() => [String], tagsSchema, { nullable: true })
  tags?: string[];
}
