import type { EntityManager } from '@mikro-orm/core';
import { ApiKey } from '../auth/api-key.entity';
import { Membership } from '../auth/membership.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { EndUser } from '../end-users/end-user.entity';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { PrivacyRequest } from '../privacy/privacy-request.entity';
import { Tenant } from '../tenants/tenant.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity';

export type AuditTarget = { kind: string; name: string | null };

const sentence = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

/**
 * What each audited target is, by name where it has one of its own. An end user or a privacy request is named by its
 * kind only: the audit log never shows a value about a person.
 */
export async function auditTargets(
  em: EntityManager,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, AuditTarget>> {
  const found = new Map<string, AuditTarget>();
  if (ids.length === 0) return found;
  const where = { id: { $in: [...ids] }, tenant: tenantId };
  const options = { filters: false } as const;
  const [geofences, beacons, campaigns, keys, endpoints, deliveries, requests, memberships, endUsers, tenants] =
    await Promise.all([
      em.find(Geofence, where, options),
      em.find(Beacon, where, options),
      em.find(Campaign, where, options),
      em.find(ApiKey, where, options),
      em.find(WebhookEndpoint, where, options),
      em.find(WebhookDelivery, where, { ...options, populate: ['endpoint'] }),
      em.find(PrivacyRequest, where, options),
      em.find(Membership, where, { ...options, populate: ['operator'] }),
      em.find(EndUser, where, { ...options, fields: ['id'] }),
      ids.includes(tenantId) ? em.find(Tenant, { id: tenantId }, options) : [],
    ]);
  for (const g of geofences) found.set(g.id, { kind: 'Geofence', name: g.name });
  for (const b of beacons) found.set(b.id, { kind: 'Beacon', name: b.name });
  for (const c of campaigns) found.set(c.id, { kind: 'Campaign', name: c.name });
  for (const k of keys) found.set(k.id, { kind: 'API key', name: k.name });
  for (const e of endpoints) found.set(e.id, { kind: 'Webhook endpoint', name: new URL(e.url).host });
  for (const d of deliveries) found.set(d.id, { kind: 'Webhook delivery', name: new URL(d.endpoint.url).host });
  for (const r of requests) found.set(r.id, { kind: 'Privacy request', name: `${sentence(r.type)} request` });
  for (const m of memberships) found.set(m.id, { kind: 'Member', name: m.operator.name });
  for (const u of endUsers) found.set(u.id, { kind: 'End user', name: null });
  for (const t of tenants) found.set(t.id, { kind: 'Tenant', name: t.name });
  return found;
}
