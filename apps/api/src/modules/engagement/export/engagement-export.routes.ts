import type { FastifyInstance } from 'fastify';
import { type AppServices, createContext } from '../../../context';
import { parseInput } from '../../../graphql/parse-input';
import { audited } from '../../audit/audited';
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
      const stream = await audited(ctx, 'exportEngagement', () => engagementExport(ctx, query));
      return reply
        .type(CONTENT_TYPE[query.format])
        .header('content-disposition', `attachment; filename="${exportFilename(query)}"`)
        .header('cache-control', 'private, no-store')
        .send(stream);
    });
  });
}
