import { type EntityManager, raw } from '@mikro-orm/core';
import type http from 'node:http';
import type https from 'node:https';
import { deliveryBody } from './delivery-body';
import type { GroupWriter } from './group-writer';
import { type Claim, renewClaim } from './delivery-claims';
import type { RetrySchedule } from './retry-schedule';
import { openSecret } from './sealed-secret';
import { type SendResult, sendWebhook } from './send-webhook';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDeliveryStatus } from './webhook-enums';
import { signatureHeader } from './webhook-signature';

export type AttemptSettings = {
  serverSecret: string;
  timeoutMs: number;
  leaseMs: number;
  allowPrivateAddresses: boolean;
  pauseAfterFailures: number;
  schedule: RetrySchedule;
  random: () => number;
  now: () => Date;
  agents: { http: http.Agent; https: https.Agent };
  signal: AbortSignal;
  /** Where outcomes are written: with other lanes' outcomes, in one transaction. */
  write: GroupWriter;
};

/** What became of a claimed delivery. */
export type Outcome =
  { kind: 'delivered' | 'failed' | 'dead'; result: SendResult; paused?: string } | { kind: 'dropped' | 'not sent' };

/** The secrets that sign now: the endpoint's, and the one before a rotation while its overlap lasts. */
function signingSecrets(endpoint: WebhookEndpoint, serverSecret: string, now: Date): string[] {
  const previous =
    endpoint.previousSecretSealed && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now
      ? [openSecret(endpoint.previousSecretSealed, serverSecret)]
      : [];
  return [openSecret(endpoint.secretSealed, serverSecret), ...previous];
}

const failuresInWords = (n: number) => (n === 1 ? '1 failed delivery' : `${n} failed deliveries in a row`);

/** Counts the failure against the endpoint, and pauses it when it has failed too many times in a row. */
async function countFailure(
  em: EntityManager,
  endpointId: string,
  error: string,
  settings: AttemptSettings,
): Promise<string | undefined> {
  await em.nativeUpdate(
    WebhookEndpoint,
    { id: endpointId },
    { failureStreak: raw('failure_streak + 1') },
    { filters: false },
  );
  const limit = settings.pauseAfterFailures;
  const reason = `Paused after ${failuresInWords(limit)}; the last: ${error}`.slice(0, 300);
  const paused = await em.nativeUpdate(
    WebhookEndpoint,
    { id: endpointId, active: true, failureStreak: { $gte: limit } },
    { active: false, pausedReason: reason },
    { filters: false },
  );
  return paused === 1 ? reason : undefined;
}

/** Writes what the attempt gave, if the claim is still ours (a replay in the meantime wins). */
async function recordIn(
  em: EntityManager,
  delivery: WebhookDelivery,
  claim: Claim,
  result: SendResult,
  at: Date,
  settings: AttemptSettings,
): Promise<Outcome> {
  const attempts = delivery.attempts + 1;
  const attempt = {
    attempts,
    lastAttemptAt: at,
    lastStatusCode: result.statusCode ?? null,
    lastLatencyMs: result.latencyMs,
    claimedUntil: null,
  };
  const mine = { id: delivery.id, claimedUntil: claim.until };
  if (result.ok) {
    const now = settings.now();
    await em.nativeUpdate(
      WebhookDelivery,
      mine,
      { ...attempt, status: WebhookDeliveryStatus.DELIVERED, deliveredAt: now, nextAttemptAt: null, lastError: null },
      { filters: false },
    );
    // The endpoint as loaded for this attempt: a streak begun since is ended by the endpoint's next success.
    if (delivery.endpoint.failureStreak !== 0) {
      await em.nativeUpdate(WebhookEndpoint, { id: claim.endpointId }, { failureStreak: 0 }, { filters: false });
    }
    return { kind: 'delivered', result };
  }
  const error = (result.error ?? 'failed').slice(0, 300);
  const wait = settings.schedule(attempts, settings.random());
  await em.nativeUpdate(
    WebhookDelivery,
    mine,
    {
      ...attempt,
      status: wait === null ? WebhookDeliveryStatus.DEAD : WebhookDeliveryStatus.FAILED,
      nextAttemptAt: wait === null ? null : new Date(settings.now().getTime() + wait),
      lastError: error,
    },
    { filters: false },
  );
  const paused = await countFailure(em, claim.endpointId, error, settings);
  return { kind: wait === null ? 'dead' : 'failed', result, paused };
}

const record = (delivery: WebhookDelivery, claim: Claim, result: SendResult, at: Date, settings: AttemptSettings) =>
  settings.write((em) => recordIn(em, delivery, claim, result, at, settings));

/**
 * One attempt at a delivery this process claimed: built and signed now (the body says what the policy allows now),
 * sent, and its outcome recorded. A delivery that must not leave any more is deleted instead.
 */
export async function deliverClaimed(em: EntityManager, claim: Claim, settings: AttemptSettings): Promise<Outcome> {
  const at = settings.now();
  // Waiting in its endpoint's lane may have used up most of the claim: it must outlast the send.
  if (claim.until.getTime() - at.getTime() < settings.timeoutMs + 1000) {
    if (!(await renewClaim(em, claim, new Date(at.getTime() + settings.leaseMs)))) return { kind: 'not sent' };
  }
  const delivery = await em.findOne(WebhookDelivery, { id: claim.id }, { populate: ['endpoint'], filters: false });
  const endpoint = delivery?.endpoint;
  if (
    !delivery ||
    !endpoint?.active ||
    delivery.claimedUntil?.getTime() !== claim.until.getTime() ||
    (delivery.status !== WebhookDeliveryStatus.PENDING && delivery.status !== WebhookDeliveryStatus.FAILED)
  ) {
    return { kind: 'not sent' };
  }
  const body = await deliveryBody(em, delivery, settings.serverSecret, at);
  if (body === null) {
    await em.nativeDelete(WebhookDelivery, { id: delivery.id, claimedUntil: claim.until }, { filters: false });
    return { kind: 'dropped' };
  }
  let secrets: string[];
  try {
    secrets = signingSecrets(endpoint, settings.serverSecret, at);
  } catch {
    const error = 'the signing secret cannot be opened (was SUPPRESSION_SECRET changed?)';
    return record(delivery, claim, { ok: false, latencyMs: 0, error }, at, settings);
  }
  const result = await sendWebhook({
    url: endpoint.url,
    body,
    headers: { 'Vicinity-Event-Id': delivery.eventId, 'Vicinity-Signature': signatureHeader(secrets, body, at) },
    timeoutMs: settings.timeoutMs,
    allowPrivateAddresses: settings.allowPrivateAddresses,
    agents: settings.agents,
    signal: settings.signal,
  });
  if (settings.signal.aborted) return { kind: 'not sent' };
  return record(delivery, claim, result, at, settings);
}
