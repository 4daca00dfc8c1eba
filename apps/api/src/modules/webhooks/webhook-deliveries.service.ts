import type { Context } from '../../context';
import type { ConnectionShape } from '../../graphql/connection';
import { paginate } from '../../graphql/paginate';
import { newId } from '../../db/ids';
import { notFound } from '../../graphql/app-error';
import { requireMembership, requireOperator } from '../auth/authorization';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-enums';
import { loadEndpoint, WEBHOOK_READERS, WEBHOOK_WRITERS } from './webhook-endpoints.service';
import { notifyOutboxWrite } from './webhook-outbox';

export async function listWebhookDeliveries(
  ctx: Context,
  args: { endpointId: string; status?: WebhookDeliveryStatus; first?: number; after?: string },
): Promise<ConnectionShape<WebhookDelivery>> {
  const endpoint = await loadEndpoint(ctx, args.endpointId, WEBHOOK_READERS);
  const where = { endpoint: endpoint.id, tenant: endpoint.tenant.id, ...(args.status && { status: args.status }) };
  return paginate(ctx.em, WebhookDelivery, where, { createdAt: 'desc' }, args);
}

/** Due again now, with a fresh run of attempts; the receiver sees the same event id. */
function requeue(delivery: WebhookDelivery, now: Date): void {
  delivery.status = WebhookDeliveryStatus.PENDING;
  delivery.attempts = 0;
  delivery.nextAttemptAt = now;
  delivery.claimedUntil = undefined;
}

export async function replayWebhookDelivery(ctx: Context, id: string): Promise<WebhookDelivery> {
  requireOperator(ctx);
  const delivery = await ctx.em.findOne(WebhookDelivery, { id }, { filters: false });
  if (!delivery) throw notFound('Webhook delivery');
  ctx.audit.targetId = delivery.id;
  await requireMembership(ctx, delivery.tenant.id, WEBHOOK_WRITERS, 'Webhook delivery');
  requeue(delivery, ctx.app.now());
  await ctx.em.flush();
  notifyOutboxWrite();
  return delivery;
}

/** Every FAILED or DEAD delivery of the endpoint created in [from, to), due again now. Returns how many. */
export async function replayFailedWebhookDeliveries(
  ctx: Context,
  input: { endpointId: string; from: Date; to: Date },
): Promise<number> {
  const endpoint = await loadEndpoint(ctx, input.endpointId, WEBHOOK_WRITERS);
  const count = await ctx.em.nativeUpdate(
    WebhookDelivery,
    {
      endpoint: endpoint.id,
      tenant: endpoint.tenant.id,
      status: { $in: [WebhookDeliveryStatus.FAILED, WebhookDeliveryStatus.DEAD] },
      createdAt: { $gte: input.from, $lt: input.to },
    },
    { status: WebhookDeliveryStatus.PENDING, attempts: 0, nextAttemptAt: ctx.app.now(), claimedUntil: null },
  );
  if (count > 0) notifyOutboxWrite();
  return count;
}

/** A test event to this endpoint, whatever it subscribes to and even while paused (it waits for the resume). */
export async function sendTestWebhook(ctx: Context, endpointId: string): Promise<WebhookDelivery> {
  const endpoint = await loadEndpoint(ctx, endpointId, WEBHOOK_WRITERS);
  const now = ctx.app.now();
  const delivery = new WebhookDelivery({
    tenant: endpoint.tenant,
    endpoint,
    eventId: newId(),
    event: WebhookEventType.TEST,
    payload: JSON.stringify({
      message: 'A test event from Vicinity: your endpoint receives and verifies our webhooks.',
    }),
    at: now,
  });
  await ctx.em.persistAndFlush(delivery);
  notifyOutboxWrite();
  return delivery;
}
