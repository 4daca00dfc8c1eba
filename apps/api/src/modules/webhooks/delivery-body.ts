import type { EntityManager } from '@mikro-orm/core';
import { isChild } from '../../policy/age';
import { mayIdentifyToThirdParties } from '../../policy/decide';
import { consentStateFacts } from '../end-users/consent-state';
import { EndUser } from '../end-users/end-user.entity';
import { policyEndUser, policyTenant } from '../end-users/policy-view';
import { Tenant } from '../tenants/tenant.entity';
import type { WebhookDelivery } from './webhook-delivery.entity';
import { wireEventName } from './webhook-enums';
import { subjectReference } from './webhook-subject';

/** Who an event is about, as far as the end user lets us tell. */
type EndUserPart =
  { identified: true; reference: string; deviceId: string; externalId: string | null } | { identified: false };

async function endUserPart(
  em: EntityManager,
  delivery: WebhookDelivery,
  serverSecret: string,
  at: Date,
): Promise<EndUserPart | null> {
  const endUser = await em.findOne(EndUser, { id: delivery.endUserId, tenant: delivery.tenant.id }, { filters: false });
  if (!endUser) return null;
  const tenant = await em.findOneOrFail(Tenant, { id: delivery.tenant.id }, { filters: false });
  const policyUser = policyEndUser(endUser);
  // A child is erased as soon as known; one found here before that happens still sends nothing at all.
  if (isChild(policyUser, tenant.minimumAge, at)) return null;
  if (!mayIdentifyToThirdParties(policyUser, consentStateFacts(endUser), policyTenant(tenant), at)) {
    return { identified: false };
  }
  return {
    identified: true,
    reference: subjectReference(serverSecret, tenant.id, endUser.id),
    deviceId: endUser.deviceId,
    externalId: endUser.externalId ?? null,
  };
}

/**
 * The JSON body sent, built at send time so that it says what the policy allows now: an end user who withdrew
 * third-party sharing since the event is no longer named. Null when the event must not leave at all (the end user is
 * gone: erased, or found to be a child).
 */
export async function deliveryBody(
  em: EntityManager,
  delivery: WebhookDelivery,
  serverSecret: string,
  at: Date,
): Promise<string | null> {
  const data = JSON.parse(delivery.payload) as Record<string, unknown>;
  if (delivery.endUserId) {
    const endUser = await endUserPart(em, delivery, serverSecret, at);
    if (!endUser) return null;
    data.endUser = endUser;
  }
  return JSON.stringify({
    id: delivery.eventId,
    type: wireEventName[delivery.event],
    createdAt: delivery.createdAt.toISOString(),
    tenantId: delivery.tenant.id,
    data,
  });
}
