import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { parseInput } from '../../graphql/parse-input';
import { idField } from '../auth/dto/fields';
import {
  CreateGeofenceInput,
  createGeofenceSchema,
  UpdateGeofenceInput,
  updateGeofenceSchema,
} from './dto/geofence.inputs';
import { Geofence } from './geofence.entity';
import { archiveGeofence, createGeofence, getGeofence, listGeofences, updateGeofence } from './geofence.service';
import { placeListSchema } from './list-filters';

const GeofenceConnection = connectionType('Geofence', Geofence);

@ArgsType()
export class PlaceListArgsType {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { nullable: true, description: 'part of the name, any case' })
  search?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'archived ones are left out unless true' })
  includeArchived?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1..200, default 50' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver()
export class GeofenceResolver {
  @Query(() => GeofenceConnection, { description: 'newest first' })
  geofences(@Args(() => PlaceListArgsType) args: PlaceListArgsType, @Ctx() ctx: Context) {
    return listGeofences(ctx, parseInput(placeListSchema, args));
  }

  @Query(() => Geofence)
  geofence(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Geofence> {
    return getGeofence(ctx, parseInput(idField, id));
  }

  @Mutation(() => Geofence, { description: 'OWNER or MARKETER' })
  createGeofence(@Arg('input', () => CreateGeofenceInput) input: CreateGeofenceInput, @Ctx() ctx: Context) {
    return createGeofence(ctx, parseInput(createGeofenceSchema, input));
  }

  @Mutation(() => Geofence, { description: 'OWNER or MARKETER' })
  updateGeofence(@Arg('input', () => UpdateGeofenceInput) input: UpdateGeofenceInput, @Ctx() ctx: Context) {
    return updateGeofence(ctx, parseInput(updateGeofenceSchema, input));
  }

  @Mutation(() => Geofence, { description: 'OWNER or MARKETER; campaigns stop reaching it' })
  archiveGeofence(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Geofence> {
    return archiveGeofence(ctx, parseInput(idField, id));
  }
}
