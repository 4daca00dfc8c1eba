import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type AppServices, type Context, createContext } from '../../context';
import { fromBeforeTo, instantParam } from '../../http/query-params';
import { parseInput } from '../../graphql/parse-input';
import { requireMembership, requireOperator } from '../auth/authorization';
import { idField } from '../auth/dto/fields';
import { answerError } from '../places/csv/csv-http-errors';
import { PRIVACY_ROLES } from '../privacy/privacy-roles';
import { AuditEntry } from './audit-entry.entity';
import { type AuditLogFilter, auditWhere, describeEntries } from './audit-log.service';
import { audited } from './audited';

const PAGE_SIZE = 500;
const COLUMNS = [
  'at',
  'actor',
  'action',
  'actionWords',
  'targetKind',
  'targetName',
  'targetId',
  'outcome',
  'errorCode',
];

const query = z
  .object({
    tenantId: idField,
    actorId: idField.optional(),
    action: z.string().trim().min(1).max(64).optional(),
    from: instantParam.optional(),
    to: instantParam.optional(),
  })
  .refine(fromBeforeTo, { message: 'to must be after from', path: ['to'] });

type Last = { id: string; createdAt: Date };
const before = (last: Last | undefined) =>
  last ? { $or: [{ createdAt: { $lt: last.createdAt } }, { createdAt: last.createdAt, id: { $gt: last.id } }] } : {};

/** The filtered log, newest first like the page, as CSV one page at a time; formulas escaped for spreadsheets. */
async function auditCsv(ctx: Context, filter: AuditLogFilter): Promise<Readable> {
  await requireMembership(ctx, filter.tenantId, PRIVACY_ROLES);
  return Readable.from(
    (async function* () {
      yield stringify([], { header: true, columns: COLUMNS });
      let last: Last | undefined;
      for (;;) {
        const page = await ctx.em.find(
          AuditEntry,
          { $and: [auditWhere(filter), before(last)] },
          { orderBy: { createdAt: 'desc', id: 'asc' }, limit: PAGE_SIZE, disableIdentityMap: true },
        );
        if (page.length === 0) return;
        const rows = (await describeEntries(ctx, filter.tenantId, page)).map((e) => ({
          ...e,
          at: e.at.toISOString(),
          actor: e.actorName ?? e.actorType,
        }));
        yield stringify(rows, { columns: COLUMNS, escape_formulas: true });
        if (page.length < PAGE_SIZE) return;
        last = page[page.length - 1];
      }
    })(),
  );
}

/** GET /export/audit.csv?tenantId=&actorId=&action=&from=&to= with an operator token (OWNER or PRIVACY_OFFICER). */
export function registerAuditExportRoute(fastify: FastifyInstance, app: AppServices): void {
  fastify.register(async (scope) => {
    scope.setErrorHandler(answerError);
    scope.get('/export/audit.csv', async (request, reply) => {
      const ctx = await createContext(app, request);
      requireOperator(ctx);
      const filter = parseInput(query, request.query);
      const csv = await audited(ctx, 'exportAuditLog', () => auditCsv(ctx, filter));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit-log.csv"')
        .header('cache-control', 'private, no-store')
        .send(csv);
    });
  });
}
