import { Arg, Args, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { IdArgs, TenantIdArgs } from '../../graphql/id-args';
import { requireOperator } from '../auth/authorization';
import {
  CreateWebhookEndpointInput,
  ReplayFailedWebhookDeliveriesInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesArgs,
} from './dto/webhook.inputs';
import { WebhookDelivery } from './webhook-delivery.entity';
import {
  listWebhookDeliveries,
  replayFailedWebhookDeliveries,
  replayWebhookDelivery,
  sendTestWebhook,
} from './webhook-deliveries.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookSecret,
  setWebhookEndpointActive,
  updateWebhookEndpoint,
} from './webhook-endpoints.service';

@ObjectType('CreateWebhookEndpointPayload')
class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'HMAC-SHA256 signing secret, shown once' })
  secret!: string;
}

@ObjectType('RotateWebhookSecretPayload')
class RotateWebhookSecretPayload {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'the new signing secret, shown once' })
  secret!: string;
}

const WebhookDeliveryConnection = connectionType('WebhookDelivery', WebhookDelivery);

@Resolver()
export class WebhookEndpointsResolver {
  @Query(() => [WebhookEndpoint], { description: 'OWNER or MARKETER; newest first' })
  webhookEndpoints(@Args(() => TenantIdArgs) { tenantId }: TenantIdArgs, @Ctx() ctx: Context) {
    return listWebhookEndpoints(ctx, tenantId);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'OWNER or MARKETER; newest first' })
  webhookDeliveries(@Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs, @Ctx() ctx: Context) {
    return listWebhookDeliveries(ctx, args);
  }

  @Mutation(() => CreateWebhookEndpointPayload, { description: 'OWNER only' })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return createWebhookEndpoint(ctx, requireOperator(ctx), input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'OWNER only' })
  updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return updateWebhookEndpoint(ctx, input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'OWNER only; its deliveries and their log go with it' })
  deleteWebhookEndpoint(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context) {
    return deleteWebhookEndpoint(ctx, id);
  }

  @Mutation(() => WebhookEndpoint, { description: 'OWNER only; events wait until it is resumed' })
  pauseWebhookEndpoint(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context) {
    return setWebhookEndpointActive(ctx, id, false);
  }

  @Mutation(() => WebhookEndpoint, { description: 'OWNER only; waiting events are sent' })
  resumeWebhookEndpoint(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context) {
    return setWebhookEndpointActive(ctx, id, true);
  }

  @Mutation(() => RotateWebhookSecretPayload, { description: 'OWNER only' })
  rotateWebhookSecret(
    @Arg('input', () => RotateWebhookSecretInput) input: RotateWebhookSecretInput,
    @Ctx() ctx: Context,
  ) {
    return rotateWebhookSecret(ctx, input);
  }

  @Mutation(() => WebhookDelivery, { description: 'OWNER only; a test event to this endpoint' })
  sendTestWebhook(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context) {
    return sendTestWebhook(ctx, id);
  }

  @Mutation(() => WebhookDelivery, { description: 'queues one delivery again (a new attempt of the same eventId)' })
  replayWebhookDelivery(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context) {
    return replayWebhookDelivery(ctx, id);
  }

  @Mutation(() => Int, { description: 'OWNER only; queues every failed or dead delivery of a period again; how many' })
  replayFailedWebhookDeliveries(
    @Arg('input', () => ReplayFailedWebhookDeliveriesInput) input: ReplayFailedWebhookDeliveriesInput,
    @Ctx() ctx: Context,
  ) {
    return replayFailedWebhookDeliveries(ctx, input);
  }
}
