import { raw } from '@mikro-orm/core';
import type { Context } from '../../context';
import { startsWith } from '../../db/prefix-search';
import type { ConnectionShape } from '../../graphql/connection';
import { paginate } from '../../graphql/paginate';
import { decide } from '../../policy/decide';
import { explainDecision, locationUseWords } from '../../policy/explain';
import { needsReconsent } from '../../policy/reconsent';
import { needsReconsentSql } from '../../policy/reconsent.sql';
import { loadForMember, requireMembership } from '../auth/authorization';
import { PRIVACY_ROLES } from '../privacy/privacy-roles';
import { maskEmail, maskPhone } from '../privacy/subject';
import type { Tenant } from '../tenants/tenant.entity';
import { ConsentRecord } from './consent-record.entity';
import { EndUser } from './end-user.entity';
import type { EndUserProfile } from './end-user-profile.types';
import { consentFacts, policyEndUser, policyTenant } from './policy-view';

export type EndUserSearch = {
  tenantId: string;
  search?: string;
  needsReconsent?: boolean;
  first?: number | null;
  after?: string | null;
};

export function toProfile(endUser: EndUser, consents: ConsentRecord[], tenant: Tenant, at: Date): EndUserProfile {
  const newestFirst = [...consents].sort(
    (a, b) => b.recordedAt.getTime() - a.recordedAt.getTime() || a.id.localeCompare(b.id),
  );
  const decision = decide(policyEndUser(endUser), consentFacts(consents), { tenant: policyTenant(tenant), at });
  return {
    id: endUser.id,
    deviceId: endUser.deviceId,
    externalId: endUser.externalId,
    platform: endUser.platform,
    locale: endUser.locale,
    countryCode: endUser.countryCode,
    maskedEmail: endUser.email ? maskEmail(endUser.email) : undefined,
    maskedPhone: endUser.phone ? maskPhone(endUser.phone) : undefined,
    name: endUser.name,
    locationPermission: endUser.locationPermission,
    locationUse: locationUseWords(endUser, consentFacts(consents)),
    restricted: Boolean(endUser.restrictedAt),
    objected: Boolean(endUser.objectedAt),
    createdAt: endUser.createdAt,
    lastSeenAt: endUser.lastSeenAt,
    consents: newestFirst.map((c) => ({
      purpose: c.purpose,
      granted: c.granted,
      source: c.source,
      policyVersion: c.policyVersion,
      recordedAt: c.recordedAt,
    })),
    decision: { ...decision, summary: explainDecision(decision, { endUser, consents: consentFacts(consents) }) },
    needsReconsent: needsReconsent(consents, tenant.policyVersion),
  };
}

async function profilesOf(ctx: Context, tenant: Tenant, endUsers: EndUser[]): Promise<EndUserProfile[]> {
  if (endUsers.length === 0) return [];
  const consents = await ctx.em.find(ConsentRecord, {
    tenant: tenant.id,
    endUser: { $in: endUsers.map((u) => u.id) },
  });
  const at = ctx.app.now();
  return endUsers.map((u) =>
    toProfile(
      u,
      consents.filter((c) => c.endUser.id === u.id),
      tenant,
      at,
    ),
  );
}

const SEARCHED = ['deviceId', 'externalId', 'email', 'name'] as const;

/**
 * A privacy officer looks a person up by what the person gave: the start of a device id, external id, email or name
 * (at least 3 characters; shorter is an exact match), in any case. Only the privacy roles may search at all.
 */
export async function searchEndUsers(ctx: Context, args: EndUserSearch): Promise<ConnectionShape<EndUserProfile>> {
  const { tenant } = await requireMembership(ctx, args.tenantId, PRIVACY_ROLES);
  const search = args.search;
  const database = ctx.app.config.database.kind;
  const reconsent = (wanted: boolean) => {
    const fragment = (alias: string) => needsReconsentSql(alias, tenant.policyVersion, wanted);
    return { [raw((alias: string) => fragment(alias).sql, fragment('').params)]: [] };
  };
  const page = await paginate(
    ctx.em,
    EndUser,
    {
      $and: [
        { tenant: tenant.id },
        ...(search ? [{ $or: SEARCHED.map((field) => ({ [field]: startsWith(search, database) })) }] : []),
        ...(args.needsReconsent === undefined ? [] : [reconsent(args.needsReconsent)]),
      ],
    },
    { lastSeenAt: 'desc' },
    args,
  );
  const profiles = await profilesOf(
    ctx,
    tenant,
    page.edges.map((e) => e.node),
  );
  return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: profiles[i]! })) };
}

export async function loadEndUserForPrivacy(ctx: Context, id: string): Promise<EndUser> {
  const endUser = await loadForMember(ctx, EndUser, id, PRIVACY_ROLES, 'End user');
  await ctx.em.populate(endUser, ['tenant']);
  return endUser;
}

/** The end user as the database has them now, after a change made in a transaction of its own. */
export function reloadEndUser(ctx: Context, endUser: EndUser): Promise<EndUser> {
  return ctx.em.findOneOrFail(
    EndUser,
    { id: endUser.id, tenant: endUser.tenant.id },
    { refresh: true, populate: ['tenant'] },
  );
}

export async function endUserProfile(ctx: Context, endUser: EndUser): Promise<EndUserProfile> {
  const [profile] = await profilesOf(ctx, endUser.tenant, [endUser]);
  return profile!;
}

/** The unmasked contact details; the audit log records who looked, at whom, and when. */
export async function revealEndUserContact(ctx: Context, id: string): Promise<{ email?: string; phone?: string }> {
  const endUser = await loadEndUserForPrivacy(ctx, id);
  return { email: endUser.email, phone: endUser.phone };
}
