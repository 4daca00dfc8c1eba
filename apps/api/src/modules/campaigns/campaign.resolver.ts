import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { IdArgs } from '../../graphql/id-args';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { Campaign } from './campaign.entity';
import {
  archiveCampaign,
  createCampaign,
  duplicateCampaign,
  getCampaign,
  listCampaigns,
  restoreCampaign,
  setCampaignStatus,
  updateCampaign,
} from './campaign.service';
import { targetsOf } from './campaign-targets';
import { CampaignListArgs } from './dto/campaign-list.args';
import { CreateCampaignInput, UpdateCampaignInput } from './dto/campaign.inputs';
import { SetCampaignStatusInput } from './dto/set-campaign-status.input';

const CampaignConnection = connectionType('Campaign', Campaign);

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, { description: 'newest first' })
  campaigns(@Args(() => CampaignListArgs) args: CampaignListArgs, @Ctx() ctx: Context) {
    return listCampaigns(ctx, args);
  }

  @Query(() => Campaign)
  campaign(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Campaign> {
    return getCampaign(ctx, id);
  }

  @Mutation(() => Campaign, { description: 'OWNER or MARKETER; a new campaign is a DRAFT' })
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: Context) {
    return createCampaign(ctx, input);
  }

  @Mutation(() => Campaign, { description: 'OWNER or MARKETER; DRAFT or PAUSED campaigns only' })
  updateCampaign(@Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput, @Ctx() ctx: Context) {
    const { id, ...changes } = input;
    return updateCampaign(ctx, id, changes);
  }

  @Mutation(() => Campaign, {
    description: 'DRAFT -> ACTIVE <-> PAUSED -> ENDED (ACTIVE -> ENDED too); activation needs targets for its trigger',
  })
  setCampaignStatus(@Arg('input', () => SetCampaignStatusInput) input: SetCampaignStatusInput, @Ctx() ctx: Context) {
    const { campaignId, status } = input;
    return setCampaignStatus(ctx, campaignId, status);
  }

  @Mutation(() => Campaign, { description: 'a DRAFT copy with the same content, targets and schedule' })
  duplicateCampaign(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Campaign> {
    return duplicateCampaign(ctx, id);
  }

  @Mutation(() => Campaign, { description: 'ends it if it is running, and hides it from lists' })
  archiveCampaign(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Campaign> {
    return archiveCampaign(ctx, id);
  }

  @Mutation(() => Campaign, {
    description:
      'OWNER or MARKETER; one that archiving ended comes back PAUSED, never ACTIVE; others keep their status',
  })
  restoreCampaign(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Campaign> {
    return restoreCampaign(ctx, id);
  }

  @FieldResolver(() => [Geofence])
  async geofences(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Geofence[]> {
    return (await targetsOf(ctx, campaign)).flatMap((t) => (t.geofence ? [t.geofence] : []));
  }

  @FieldResolver(() => [Beacon])
  async beacons(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Beacon[]> {
    return (await targetsOf(ctx, campaign)).flatMap((t) => (t.beacon ? [t.beacon] : []));
  }
}
