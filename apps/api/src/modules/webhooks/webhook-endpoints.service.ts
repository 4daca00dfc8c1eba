import type { Context } from '../../context';
import { conflict } from '../../graphql/app-error';
import { loadForMember, requireMembership } from '../auth/authorization';
import type { Operator } from '../auth/operator.entity';
import { Role } from '../auth/role';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEventType } from './webhook-enums';
import { notifyOutboxWrite } from './webhook-outbox';
import { checkWebhookUrl } from './webhook-url';
import { newWebhookSecret, sealSecret } from './sealed-secret';

export const MAX_ENDPOINTS_PER_TENANT = 10;
const DEFAULT_OVERLAP_HOURS = 24;

export const WEBHOOK_READERS: readonly Role[] = [Role.OWNER, Role.MARKETER];
export const WEBHOOK_WRITERS: readonly Role[] = [Role.OWNER];

export type EndpointWithSecret = { endpoint: WebhookEndpoint; secret: string };

export const loadEndpoint = (ctx: Context, id: string, roles: readonly Role[]) =>
  loadForMember(ctx, WebhookEndpoint, id, roles, 'Webhook endpoint');

export async function listWebhookEndpoints(ctx: Context, tenantId: string): Promise<WebhookEndpoint[]> {
  await requireMembership(ctx, tenantId, WEBHOOK_READERS);
  return ctx.em.find(WebhookEndpoint, { tenant: tenantId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

export async function createWebhookEndpoint(
  ctx: Context,
  operator: Operator,
  input: { tenantId: string; url: string; events: WebhookEventType[]; description?: string },
): Promise<EndpointWithSecret> {
  const { tenant } = await requireMembership(ctx, input.tenantId, WEBHOOK_WRITERS);
  const url = checkWebhookUrl(input.url, ctx.app.config.production);
  if ((await ctx.em.count(WebhookEndpoint, { tenant: tenant.id })) >= MAX_ENDPOINTS_PER_TENANT) {
    throw conflict(`A tenant may have at most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints; delete one first`);
  }
  const secret = newWebhookSecret();
  const endpoint = new WebhookEndpoint({
    tenant,
    url,
    events: input.events,
    secretSealed: sealSecret(secret, ctx.app.config.suppressionSecret),
    createdById: operator.id,
  });
  endpoint.description = input.description;
  endpoint.createdAt = ctx.app.now();
  await ctx.em.persistAndFlush(endpoint);
  ctx.audit.targetId = endpoint.id;
  return { endpoint, secret };
}

export async function updateWebhookEndpoint(
  ctx: Context,
  input: { id: string; url?: string; events?: WebhookEventType[]; description?: string },
): Promise<WebhookEndpoint> {
  const endpoint = await loadEndpoint(ctx, input.id, WEBHOOK_WRITERS);
  if (input.url !== undefined) endpoint.url = checkWebhookUrl(input.url, ctx.app.config.production);
  if (input.events !== undefined) endpoint.events = input.events;
  if (input.description !== undefined) endpoint.description = input.description;
  await ctx.em.flush();
  return endpoint;
}

/** Its deliveries go with it (the log included): a deleted endpoint is sent nothing more. */
export async function deleteWebhookEndpoint(ctx: Context, id: string): Promise<WebhookEndpoint> {
  const endpoint = await loadEndpoint(ctx, id, WEBHOOK_WRITERS);
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(WebhookDelivery, { endpoint: endpoint.id, tenant: endpoint.tenant.id });
    await em.nativeDelete(WebhookEndpoint, { id: endpoint.id, tenant: endpoint.tenant.id });
  });
  ctx.em.getUnitOfWork().unsetIdentity(endpoint);
  return endpoint;
}

/** Paused, it is sent nothing; its events wait and are sent once it is resumed. */
export async function setWebhookEndpointActive(ctx: Context, id: string, active: boolean): Promise<WebhookEndpoint> {
  const endpoint = await loadEndpoint(ctx, id, WEBHOOK_WRITERS);
  endpoint.active = active;
  endpoint.pausedReason = active ? undefined : 'Paused by a member of the team';
  if (active) endpoint.failureStreak = 0;
  await ctx.em.flush();
  if (active) notifyOutboxWrite();
  return endpoint;
}

/** A new secret signs at once; the old one signs too for `overlapHours`, so receivers can switch without a gap. */
export async function rotateWebhookSecret(
  ctx: Context,
  input: { id: string; overlapHours?: number },
): Promise<EndpointWithSecret> {
  const endpoint = await loadEndpoint(ctx, input.id, WEBHOOK_WRITERS);
  const overlapHours = input.overlapHours ?? DEFAULT_OVERLAP_HOURS;
  const secret = newWebhookSecret();
  if (overlapHours > 0) {
    endpoint.previousSecretSealed = endpoint.secretSealed;
    endpoint.previousSecretExpiresAt = new Date(ctx.app.now().getTime() + overlapHours * 3_600_000);
  } else {
    endpoint.previousSecretSealed = undefined;
    endpoint.previousSecretExpiresAt = undefined;
  }
  endpoint.secretSealed = sealSecret(secret, ctx.app.config.suppressionSecret);
  await ctx.em.flush();
  return { endpoint, secret };
}
