import type { EntityManager } from '@mikro-orm/core';
import { ConsentRecord } from '../end-users/consent-record.entity';
import type { EndUser } from '../end-users/end-user.entity';
import { EngagementEvent } from '../engagement/engagement-event.entity';
import type { Tenant } from '../tenants/tenant.entity';
import { PrivacyRequest } from './privacy-request.entity';

/** Bumped whenever the shape changes; the shape is documented in docs/access-export.md. */
export const ACCESS_EXPORT_SCHEMA_VERSION = 1;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Everything held about one end user, as the machine-readable answer to an ACCESS request. */
export async function accessExport(
  em: EntityManager,
  tenant: Tenant,
  endUser: EndUser,
  subjectHash: string,
  generatedAt: Date,
): Promise<string> {
  // One after another: this runs inside the request's transaction, on one connection.
  const consents = await em.find(
    ConsentRecord,
    { tenant: tenant.id, endUser: endUser.id },
    { orderBy: { recordedAt: 'asc', id: 'asc' } },
  );
  const events = await em.find(
    EngagementEvent,
    { tenant: tenant.id, endUser: endUser.id },
    { orderBy: { occurredAt: 'asc', id: 'asc' }, populate: ['campaign'] },
  );
  const requests = await em.find(
    PrivacyRequest,
    { tenant: tenant.id, subjectHash },
    { orderBy: { receivedAt: 'asc', id: 'asc' } },
  );
  return JSON.stringify({
    schemaVersion: ACCESS_EXPORT_SCHEMA_VERSION,
    generatedAt: generatedAt.toISOString(),
    tenant: { id: tenant.id, name: tenant.name },
    profile: {
      id: endUser.id,
      deviceId: endUser.deviceId,
      externalId: endUser.externalId ?? null,
      platform: endUser.platform ?? null,
      locale: endUser.locale ?? null,
      countryCode: endUser.countryCode ?? null,
      birthDate: endUser.birthDate ?? null,
      age: endUser.age ?? null,
      locationPermission: endUser.locationPermission,
      email: endUser.email ?? null,
      phone: endUser.phone ?? null,
      name: endUser.name ?? null,
      restrictedAt: iso(endUser.restrictedAt),
      objectedAt: iso(endUser.objectedAt),
      createdAt: iso(endUser.createdAt),
      updatedAt: iso(endUser.updatedAt),
      lastSeenAt: iso(endUser.lastSeenAt),
    },
    consents: consents.map((c) => ({
      purpose: c.purpose,
      granted: c.granted,
      source: c.source,
      policyVersion: c.policyVersion,
      recordedAt: iso(c.recordedAt),
      receivedAt: iso(c.receivedAt),
    })),
    events: events.map((e) => ({
      type: e.type,
      campaignId: e.campaign.id,
      campaignName: e.campaign.name,
      occurredAt: iso(e.occurredAt),
      receivedAt: iso(e.receivedAt),
    })),
    requests: requests.map((r) => ({
      id: r.id,
      type: r.type,
      status: r.status,
      receivedAt: iso(r.receivedAt),
      dueAt: iso(r.dueAt),
      completedAt: iso(r.completedAt),
    })),
  });
}
