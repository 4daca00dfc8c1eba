import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { inTransaction } from '../../db/in-transaction';
import { rowLock } from '../../db/row-lock';
import { isChild } from '../../policy/age';
import { decide, permissionAllowsLocation } from '../../policy/decide';
import { type ConsentPurpose, IneligibilityReason } from '../../policy/policy-enums';
import { eraseEndUser } from '../privacy/erase-end-user';
import { isSuppressed, suppressDevice } from '../privacy/suppression';
import { refuseWhileSuspended, tenantSuspended } from '../tenants/suspension';
import { Tenant } from '../tenants/tenant.entity';
import { ConsentRecord } from './consent-record.entity';
import { refreshConsentState } from './consent-state';
import { regionCountry, type UpsertEndUserInput as EndUserFields } from './dto/upsert-end-user.input';
import { consentFromTheFuture, unknownDevice } from './end-user.errors';
import { EndUser } from './end-user.entity';
import type { ConsentSource } from './end-user-enums';
import { consentFacts, policyEndUser, policyTenant } from './policy-view';

export type UpsertResult = { endUser: EndUser | null; reasons: IneligibilityReason[] };

const NOTHING_STORED: UpsertResult = { endUser: null, reasons: [IneligibilityReason.UNDER_MINIMUM_AGE] };
const REFUSED_WHILE_SUSPENDED = 'refused while suspended';
const CLOCK_SKEW_MS = 5 * 60_000;

function applyFields(endUser: EndUser, fields: EndUserFields): void {
  const { deviceId: _deviceId, birthDate, age, regionCode, ...rest } = fields;
  const previousCountry = endUser.countryCode;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) Object.assign(endUser, { [key]: value });
  }
  if (regionCode !== undefined) {
    // "US-CA" says the country too; the region is kept as its subdivision part, read with the country code.
    endUser.countryCode = fields.countryCode ?? regionCountry(regionCode) ?? endUser.countryCode;
    endUser.regionCode = regionCode.includes('-') ? regionCode.slice(3) : regionCode;
  } else if (fields.countryCode !== undefined && fields.countryCode !== previousCountry) {
    // A region of the previous country means nothing in the new one.
    endUser.regionCode = undefined;
  }
  // The latest statement of age replaces the earlier one, whichever form it took.
  if (birthDate !== undefined) Object.assign(endUser, { birthDate, age: null });
  if (age !== undefined) Object.assign(endUser, { age, birthDate: null });
}

export async function currentConsents(ctx: Context, endUser: EndUser): Promise<ConsentRecord[]> {
  return ctx.em.find(ConsentRecord, { endUser: endUser.id, tenant: endUser.tenant.id });
}

/** An OS location permission taken back: like a consent withdrawal, it only ever stops processing. */
const withdrawsLocation = (fields: EndUserFields) =>
  fields.locationPermission !== undefined && !permissionAllowsLocation(fields.locationPermission);

async function upsertOnce(
  ctx: Context,
  tenantId: string,
  fields: EndUserFields,
): Promise<UpsertResult | typeof REFUSED_WHILE_SUSPENDED> {
  const secret = ctx.app.config.suppressionSecret;
  const now = ctx.app.now();
  return inTransaction(ctx, async (tx) => {
    // Shared lock: a raise of the minimum age (which locks the row for update) cannot slip between this check of the
    // end user's age and the commit, so no one under the new minimum is stored after its erasure.
    const tenant = await tx.em.findOneOrFail(Tenant, { id: tenantId }, { lockMode: rowLock(tx.em, 'read') });
    if (await isSuppressed(tx.em, secret, tenantId, fields.deviceId)) return NOTHING_STORED;
    const existing = await tx.em.findOne(EndUser, { tenant: tenantId, deviceId: fields.deviceId });
    if (isChild(fields, tenant.minimumAge, now)) {
      // A child is never kept: everything about the device goes, and the device may not come back.
      if (existing) await eraseEndUser(tx.em, existing, { serverSecret: secret, reason: 'CHILD', at: now });
      await suppressDevice(tx.em, secret, tenant, fields.deviceId);
      await tx.em.flush();
      return NOTHING_STORED;
    }
    if (tenant.suspendedAt) {
      // Nothing is added while suspended, but a withdrawn permission is kept, or it would be lost for afterwards.
      if (existing && withdrawsLocation(fields)) {
        existing.locationPermission = fields.locationPermission!;
        await tx.em.flush();
      }
      return REFUSED_WHILE_SUSPENDED;
    }
    const endUser = existing ?? new EndUser(tenant, fields.deviceId);
    tx.em.persist(endUser);
    applyFields(endUser, fields);
    endUser.lastSeenAt = now;
    await tx.em.flush();
    const decision = decide(policyEndUser(endUser), consentFacts(await currentConsents(tx, endUser)), {
      tenant: policyTenant(tenant),
      at: now,
    });
    return { endUser, reasons: decision.reasons };
  });
}

async function upsertOrRetry(ctx: Context, tenantId: string, fields: EndUserFields) {
  try {
    return await upsertOnce(ctx, tenantId, fields);
  } catch (error) {
    // Two first upserts of one device at once: the unique index let one in; the other now finds it.
    if (error instanceof UniqueConstraintViolationException) return upsertOnce(ctx, tenantId, fields);
    throw error;
  }
}

/**
 * Registers or updates an end user by device; a child is erased and suppressed instead, even while the tenant is
 * suspended. Otherwise a suspended tenant gets TENANT_SUSPENDED, having kept only a withdrawn location permission.
 */
export async function upsertEndUser(ctx: Context, tenantId: string, fields: EndUserFields): Promise<UpsertResult> {
  const result = await upsertOrRetry(ctx, tenantId, fields);
  if (result === REFUSED_WHILE_SUSPENDED) throw tenantSuspended();
  return result;
}

export async function recordConsent(
  ctx: Context,
  tenantId: string,
  apiKeyId: string,
  input: {
    deviceId: string;
    purpose: ConsentPurpose;
    granted: boolean;
    source: ConsentSource;
    policyVersion: string;
    recordedAt?: Date;
  },
): Promise<ConsentRecord | null> {
  const now = ctx.app.now();
  if (input.recordedAt && input.recordedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw consentFromTheFuture();
  // A withdrawal is always recorded: it only ever stops processing.
  if (input.granted) refuseWhileSuspended(await ctx.em.findOneOrFail(Tenant, { id: tenantId }));
  if (await isSuppressed(ctx.em, ctx.app.config.suppressionSecret, tenantId, input.deviceId)) return null;
  return inTransaction(ctx, async (tx) => {
    // Locked: two records of one end user at once would each recompute the state without the other's.
    const endUser = await tx.em.findOne(
      EndUser,
      { tenant: tenantId, deviceId: input.deviceId },
      { lockMode: rowLock(tx.em, 'write') },
    );
    if (!endUser) throw unknownDevice();
    const record = new ConsentRecord({
      tenant: endUser.tenant,
      endUser,
      purpose: input.purpose,
      granted: input.granted,
      source: input.source,
      policyVersion: input.policyVersion,
      recordedAt: input.recordedAt ?? now,
      evidence: { apiKeyId, requestId: ctx.requestId },
    });
    await tx.em.persistAndFlush(record);
    await refreshConsentState(tx.em, endUser, input.purpose);
    await tx.em.flush();
    return record;
  });
}
