import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { IdArgs } from '../../graphql/id-args';
import { Beacon } from './beacon.entity';
import { archiveBeacon, restoreBeacon, createBeacon, getBeacon, listBeacons, updateBeacon } from './beacon.service';
import { CreateBeaconInput, UpdateBeaconInput } from './dto/beacon.inputs';
import { PlaceListArgs } from './list-filters';

const BeaconConnection = connectionType('Beacon', Beacon);

@Resolver()
export class BeaconResolver {
  @Query(() => BeaconConnection, { description: 'newest first' })
  beacons(@Args(() => PlaceListArgs) args: PlaceListArgs, @Ctx() ctx: Context) {
    return listBeacons(ctx, args);
  }

  @Query(() => Beacon)
  beacon(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Beacon> {
    return getBeacon(ctx, id);
  }

  @Mutation(() => Beacon, { description: 'OWNER or MARKETER; uuid/major/minor unique per tenant (CONFLICT)' })
  createBeacon(@Arg('input', () => CreateBeaconInput) input: CreateBeaconInput, @Ctx() ctx: Context) {
    return createBeacon(ctx, input);
  }

  @Mutation(() => Beacon, { description: 'OWNER or MARKETER' })
  updateBeacon(@Arg('input', () => UpdateBeaconInput) input: UpdateBeaconInput, @Ctx() ctx: Context) {
    return updateBeacon(ctx, input);
  }

  @Mutation(() => Beacon, { description: 'OWNER or MARKETER' })
  archiveBeacon(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Beacon> {
    return archiveBeacon(ctx, id);
  }

  @Mutation(() => Beacon, { description: 'OWNER or MARKETER; it triggers its campaigns again' })
  restoreBeacon(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Beacon> {
    return restoreBeacon(ctx, id);
  }
}
