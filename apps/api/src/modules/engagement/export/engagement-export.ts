import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Context } from '../../../context';
import { fromBeforeTo, instantParam, spanAtMostDays } from '../../../http/query-params';
import { mayCount } from '../../../policy/decide';
import { requireMembership } from '../../auth/authorization';
import { idField } from '../../auth/dto/fields';
import { Role } from '../../auth/role';
import { consentStateFacts } from '../../end-users/consent-state';
import { EndUser } from '../../end-users/end-user.entity';
import { policyEndUser, policyTenant } from '../../end-users/policy-view';
import type { Tenant } from '../../tenants/tenant.entity';
import { subjectReferences } from '../../webhooks/webhook-subject';
import { EngagementEvent } from '../engagement-event.entity';

export const MAX_EXPORT_DAYS = 400;
const PAGE_SIZE = 1000;
export const EXPORT_COLUMNS = ['id', 'occurredAt', 'type', 'campaignId', 'campaignName', 'endUserReference'] as const;

/** Who may take engagement out to a warehouse: not the privacy officer, whose work is requests. */
export const EXPORTERS = [Role.OWNER, Role.MARKETER, Role.ANALYST];

export const exportQuery = z
  .object({
    tenantId: idField,
    from: instantParam,
    to: instantParam,
    format: z.enum(['ndjson', 'csv']).default('ndjson'),
  })
  .refine(fromBeforeTo, { message: 'to must be after from', path: ['to'] })
  .refine(spanAtMostDays(MAX_EXPORT_DAYS), {
    message: `a range of at most ${MAX_EXPORT_DAYS} days`,
    path: ['to'],
  });

export type ExportQuery = z.output<typeof exportQuery>;
type Row = Record<(typeof EXPORT_COLUMNS)[number], string | null>;

type Page = { id: string; occurredAt: Date };
const after = (last: Page | undefined) =>
  last
    ? { $or: [{ occurredAt: { $gt: last.occurredAt } }, { occurredAt: last.occurredAt, id: { $gt: last.id } }] }
    : {};

/**
 * The tenant's engagement events of [from, to), oldest first, one page in memory at a time, keeping only those of end
 * users the policy lets analytics count now (never a child, never the restricted, only with ANALYTICS consent). An
 * end user appears by the keyed reference webhooks use, never by a device or person identifier.
 */
async function* exportRows(ctx: Context, tenant: Tenant, q: ExportQuery): AsyncGenerator<Row[]> {
  const policy = policyTenant(tenant);
  const referenceOf = subjectReferences(ctx.app.config.suppressionSecret, tenant.id);
  let last: Page | undefined;
  for (;;) {
    const at = ctx.app.now();
    const page = await ctx.em.find(
      EngagementEvent,
      { tenant: tenant.id, occurredAt: { $gte: q.from, $lt: q.to }, ...after(last) },
      { orderBy: { occurredAt: 'asc', id: 'asc' }, limit: PAGE_SIZE, populate: ['campaign'], disableIdentityMap: true },
    );
    if (page.length === 0) return;
    const users = await ctx.em.find(
      EndUser,
      { tenant: tenant.id, id: { $in: [...new Set(page.map((e) => e.endUser.id))] } },
      { disableIdentityMap: true },
    );
    const countable = new Set(
      users.filter((u) => mayCount(policyEndUser(u), consentStateFacts(u), policy, at)).map((u) => u.id),
    );
    yield page
      .filter((e) => countable.has(e.endUser.id))
      .map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        type: e.type,
        campaignId: e.campaign.id,
        campaignName: e.campaign.name,
        endUserReference: referenceOf(e.endUser.id),
      }));
    if (page.length < PAGE_SIZE) return;
    last = page[page.length - 1];
  }
}

/** The export as a stream: NDJSON (one event per line) or CSV with a header; formulas escaped for spreadsheets. */
export async function engagementExport(ctx: Context, q: ExportQuery): Promise<Readable> {
  const { tenant } = await requireMembership(ctx, q.tenantId, EXPORTERS);
  const rows = exportRows(ctx, tenant, q);
  return Readable.from(
    (async function* () {
      if (q.format === 'csv') yield stringify([], { header: true, columns: [...EXPORT_COLUMNS] });
      for await (const page of rows) {
        if (page.length === 0) continue;
        yield q.format === 'csv'
          ? stringify(page, { columns: [...EXPORT_COLUMNS], escape_formulas: true })
          : page.map((row) => JSON.stringify(row)).join('\n') + '\n';
      }
    })(),
  );
}

export const exportFilename = (q: ExportQuery) =>
  `engagement-${q.from.toISOString().slice(0, 10)}-${q.to.toISOString().slice(0, 10)}.${q.format}`;
