import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { parseInput } from '../../graphql/parse-input';
import { idField } from '../auth/dto/fields';
import { Beacon } from './beacon.entity';
import { archiveBeacon, createBeacon, getBeacon, listBeacons, updateBeacon } from './beacon.service';
import { CreateBeaconInput, createBeaconSchema, UpdateBeaconInput, updateBeaconSchema } from './dto/beacon.inputs';
import { PlaceListArgsType } from './geofence.resolver';
import { placeListSchema } from './list-filters';

const BeaconConnection = connectionType('Beacon', Beacon);

@Resolver()
export class BeaconResolver {
  @Query(() => BeaconConnection, { description: 'newest first' })
  beacons(@Args(() => PlaceListArgsType) args: PlaceListArgsType, @Ctx() ctx: Context) {
    return listBeacons(ctx, parseInput(placeListSchema, args));
  }

  @Query(() => Beacon)
  beacon(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Beacon> {
    return getBeacon(ctx, parseInput(idField, id));
  }

  @Mutation(() => Beacon, { description: 'OWNER or MARKETER; uuid/major/minor unique per tenant (CONFLICT)' })
  createBeacon(@Arg('input', () => CreateBeaconInput) input: CreateBeaconInput, @Ctx() ctx: Context) {
    return createBeacon(ctx, parseInput(createBeaconSchema, input));
  }

  @Mutation(() => Beacon, { description: 'OWNER or MARKETER' })
  updateBeacon(@Arg('input', () => UpdateBeaconInput) input: UpdateBeaconInput, @Ctx() ctx: Context) {
    return updateBeacon(ctx, parseInput(updateBeaconSchema, input));
  }

  @Mutation(() => Beacon, { description: 'OWNER or MARKETER' })
  archiveBeacon(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Beacon> {
    return archiveBeacon(ctx, parseInput(idField, id));
  }
}
