import type { EntityManager } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import type { Context } from '../../context';
import { notFound } from '../../graphql/app-error';
import type { EndUser } from '../end-users/end-user.entity';
import type { Tenant } from '../tenants/tenant.entity';
import { PrivacyRequest } from './privacy-request.entity';
import { getPrivacyRequest } from './privacy-request.service';
import { subjectHash } from './subject';

/**
 * How long a completed ACCESS request's export can be downloaded again: 30 days, long enough to pass it on to the
 * person, or less when the tenant keeps its events for less. The export is personal data: it goes at expiry (the
 * retention purge) or when the person is erased, whichever comes first.
 */
export const ACCESS_EXPORT_KEPT_DAYS = 30;

/** How erasure receipts and retention runs count the exports they drop. */
export const ACCESS_EXPORT_KIND = 'AccessExport';

export function accessExportExpiry(tenant: Pick<Tenant, 'eventRetentionDays'>, generatedAt: Date): Date {
  const days = Math.min(ACCESS_EXPORT_KEPT_DAYS, tenant.eventRetentionDays);
  return DateTime.fromJSDate(generatedAt, { zone: 'utc' }).plus({ days }).toJSDate();
}

/** Keeps the export with its request, to be downloaded again until it expires. */
export function keepAccessExport(request: PrivacyRequest, json: string, tenant: Tenant, generatedAt: Date): void {
  request.accessExport = json;
  request.accessExportExpiresAt = accessExportExpiry(tenant, generatedAt);
}

const gone = { accessExport: null, accessExportExpiresAt: null };

/** Drops the exports of one tenant that have expired; returns how many. */
export function purgeExpiredAccessExports(em: EntityManager, tenantId: string, now: Date): Promise<number> {
  return em.nativeUpdate(PrivacyRequest, { tenant: tenantId, accessExportExpiresAt: { $lte: now } }, gone);
}

/**
 * Drops the exports about these end users. An ACCESS request with a subject matches them by the keyed hash of their
 * device (see findSubject), which is all that is left of the link once the request is closed.
 */
export function eraseAccessExports(
  em: EntityManager,
  tenantId: string,
  endUsers: readonly EndUser[],
  secret: string,
): Promise<number> {
  const hashes = endUsers.map((u) => subjectHash(secret, tenantId, { kind: 'device', value: u.deviceId }));
  return em.nativeUpdate(
    PrivacyRequest,
    { tenant: tenantId, subjectHash: { $in: hashes }, accessExportExpiresAt: { $ne: null } },
    gone,
  );
}

/** The kept export of a completed ACCESS request, for OWNER and PRIVACY_OFFICER; each download is audited. */
export async function downloadAccessExport(ctx: Context, id: string): Promise<string> {
  const request = await getPrivacyRequest(ctx, id);
  await ctx.em.populate(request, ['accessExport']);
  const expiresAt = request.accessExportExpiresAt;
  if (!request.accessExport || !expiresAt || expiresAt <= ctx.app.now()) throw notFound('Access export');
  return request.accessExport;
}
