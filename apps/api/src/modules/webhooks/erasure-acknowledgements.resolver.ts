import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PrivacyRequest } from '../privacy/privacy-request.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-enums';

@ObjectType('WebhookAcknowledgement', { description: 'Whether a connected system acknowledged an erasure notice' })
class WebhookAcknowledgement {
  @Field(() => String)
  endpointUrl!: string;

  @Field(() => Boolean, { description: 'the endpoint answered the end_user.erased notice with a 2xx' })
  acknowledged!: boolean;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;
}

@Resolver(() => PrivacyRequest)
export class ErasureAcknowledgementsResolver {
  @FieldResolver(() => [WebhookAcknowledgement], {
    description: "the erasure receipt's part for connected systems: each endpoint told and whether it acknowledged",
  })
  async webhookAcknowledgements(
    @Root() request: PrivacyRequest,
    @Ctx() ctx: Context,
  ): Promise<WebhookAcknowledgement[]> {
    const notices = await ctx.em.find(
      WebhookDelivery,
      { privacyRequestId: request.id, tenant: request.tenant.id, event: WebhookEventType.END_USER_ERASED },
      { populate: ['endpoint'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return notices.map((notice) => ({
      endpointUrl: notice.endpoint.url,
      acknowledged: notice.status === WebhookDeliveryStatus.DELIVERED,
      status: notice.status,
      acknowledgedAt: notice.deliveredAt ?? null,
    }));
  }
}
