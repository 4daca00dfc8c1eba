import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { IdArgs } from '../../graphql/id-args';
import { CreateGeofenceInput, UpdateGeofenceInput } from './dto/geofence.inputs';
import { Geofence } from './geofence.entity';
import {
  archiveGeofence,
  restoreGeofence,
  createGeofence,
  getGeofence,
  listGeofences,
  updateGeofence,
} from './geofence.service';
import { PlaceListArgs } from './list-filters';

const GeofenceConnection = connectionType('Geofence', Geofence);

@Resolver()
export class GeofenceResolver {
  @Query(() => GeofenceConnection, { description: 'newest first' })
  geofences(@Args(() => PlaceListArgs) args: PlaceListArgs, @Ctx() ctx: Context) {
    return listGeofences(ctx, args);
  }

  @Query(() => Geofence)
  geofence(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Geofence> {
    return getGeofence(ctx, id);
  }

  @Mutation(() => Geofence, { description: 'OWNER or MARKETER' })
  createGeofence(@Arg('input', () => CreateGeofenceInput) input: CreateGeofenceInput, @Ctx() ctx: Context) {
    return createGeofence(ctx, input);
  }

  @Mutation(() => Geofence, { description: 'OWNER or MARKETER' })
  updateGeofence(@Arg('input', () => UpdateGeofenceInput) input: UpdateGeofenceInput, @Ctx() ctx: Context) {
    return updateGeofence(ctx, input);
  }

  @Mutation(() => Geofence, { description: 'OWNER or MARKETER; campaigns stop reaching it' })
  archiveGeofence(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Geofence> {
    return archiveGeofence(ctx, id);
  }

  @Mutation(() => Geofence, { description: 'OWNER or MARKETER; it triggers its campaigns again' })
  restoreGeofence(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Geofence> {
    return restoreGeofence(ctx, id);
  }
}
