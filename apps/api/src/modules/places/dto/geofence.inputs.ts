import { Float, ID, InputType } from 'type-graphql';
import { InputField, inputSchema } from '../../../graphql/input-rules';
import { idField, nameField } from '../../auth/dto/fields';
import { polygonSchema, radiusSchema } from '../geometry';
import { LatLngInput } from '../lat-lng';
import { tagsSchema } from '../tags';

@InputType('CreateGeofenceInput')
export class CreateGeofenceInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, nameField)
  name!: string;

  @InputField(() => LatLngInput, inputSchema(LatLngInput), { nullable: true })
  center?: LatLngInput;

  @InputField(() => Float, radiusSchema, { nullable: true })
  radiusMeters?: number;

  @InputField(() => [LatLngInput], polygonSchema, {
    nullable: true,
    description:
      'a circle: center + radiusMeters (1..100000), or a polygon: 3+ vertices, not self-intersecting; exactly one of the two',
  })
  polygon?: LatLngInput[];

  @InputField(() => [String], tagsSchema, { nullable: true })
  tags?: string[];
}

@InputType('UpdateGeofenceInput', { description: 'fields left out stay as they are; a new shape replaces the old one' })
export class UpdateGeofenceInput {
  @InputField(() => ID, idField)
  id!: string;

  @InputField(() => String, nameField, { nullable: true })
  name?: string;

  @InputField(() => LatLngInput, inputSchema(LatLngInput), { nullable: true })
  center?: LatLngInput;

  @InputField(() => Float, radiusSchema, { nullable: true })
  radiusMeters?: number;

  @InputField(() => [LatLngInput], polygonSchema, { nullable: true })
  polygon?: LatLngInput[];

  @InputField(() => [String], tagsSchema, { nullable: true })
  tags?: string[];
}
