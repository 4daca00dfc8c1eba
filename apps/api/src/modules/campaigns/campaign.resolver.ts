import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { parseInput } from '../../graphql/parse-input';
import { idField } from '../auth/dto/fields';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { Campaign } from './campaign.entity';
import {
  archiveCampaign,
  createCampaign,
  duplicateCampaign,
  getCampaign,
  listCampaigns,
  setCampaignStatus,
  updateCampaign,
} from './campaign.service';
import { targetsOf } from './campaign-targets';
import { CampaignListArgsType, campaignListSchema } from './dto/campaign-list.args';
import {
  CreateCampaignInput,
  createCampaignSchema,
  UpdateCampaignInput,
  updateCampaignSchema,
} from './dto/campaign.inputs';
import { SetCampaignStatusInput, setCampaignStatusSchema } from './dto/set-campaign-status.input';

const CampaignConnection = connectionType('Campaign', Campaign);

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, { description: 'newest first' })
  campaigns(@Args(() => CampaignListArgsType) args: CampaignListArgsType, @Ctx() ctx: Context) {
    return listCampaigns(ctx, parseInput(campaignListSchema, args));
  }

  @Query(() => Campaign)
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign> {
    return getCampaign(ctx, parseInput(idField, id));
  }

  @Mutation(() => Campaign, { description: 'OWNER or MARKETER; a new campaign is a DRAFT' })
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: Context) {
    return createCampaign(ctx, parseInput(createCampaignSchema, input));
  }

  @Mutation(() => Campaign, { description: 'OWNER or MARKETER; DRAFT or PAUSED campaigns only' })
  updateCampaign(@Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput, @Ctx() ctx: Context) {
    const { id, ...changes } = parseInput(updateCampaignSchema, input);
    return updateCampaign(ctx, id, changes);
  }

  @Mutation(() => Campaign, {
    description: 'DRAFT -> ACTIVE <-> PAUSED -> ENDED (ACTIVE -> ENDED too); activation needs targets for its trigger',
  })
  setCampaignStatus(@Arg('input', () => SetCampaignStatusInput) input: SetCampaignStatusInput, @Ctx() ctx: Context) {
    const { campaignId, status } = parseInput(setCampaignStatusSchema, input);
    return setCampaignStatus(ctx, campaignId, status);
  }

  @Mutation(() => Campaign, { description: 'a DRAFT copy with the same content, targets and schedule' })
  duplicateCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign> {
    return duplicateCampaign(ctx, parseInput(idField, id));
  }

  @Mutation(() => Campaign, { description: 'ends it if it is running, and hides it from lists' })
  archiveCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign> {
    return archiveCampaign(ctx, parseInput(idField, id));
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
