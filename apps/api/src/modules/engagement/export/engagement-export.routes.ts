import type { FastifyInstance } from 'fastify';
import { type AppServices, createContext } from '../../../context';
import { AppError } from '../../../graphql/app-error';
import { parseInput } from '../../../graphql/parse-input';
import { recordAudit } from '../../audit/audit.service';
import { requireOperator } from '../../auth/authorization';
import { answerError } from '../../places/csv/csv-http-errors';
import { engagementExport, exportFilename, exportQuery } from './engagement-export';

const CONTENT_TYPE = { ndjson: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8' };

/**
 * GET /export/engagement?tenantId&from&to&format=ndjson|csv, with an operator session token: the tenant's engagement
 * events for its own warehouse, streamed, and audited like a mutation (data leaving is an action).
 */
export function registerEngagementExportRoute(fastify: FastifyInstance, app: AppServices): void {
  fastify.register(async (scope) => {
    scope.setErrorHandler(answerError);
    scope.get('/export/engagement', async (request, reply) => {
      const ctx = await createContext(app, request);
      requireOperator(ctx);
      const query = parseInput(exportQuery, request.query);
      let stream;
      try {
        stream = await engagementExport(ctx, query);
      } catch (error) {
        await recordAudit(ctx, 'exportEngagement', 'failure', error instanceof AppError ? error.code : 'INTERNAL');
        throw error;
      }
      await recordAudit(ctx, 'exportEngagement', 'success');
      return reply
        .type(CONTENT_TYPE[query.format])
        .header('content-disposition', `attachment; filename="${exportFilename(query)}"`)
        .header('cache-control', 'private, no-store')
        .send(stream);
    });
  });
}
