import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AppServices, type Context, createContext } from '../../../context';
import { badInput } from '../../../graphql/app-error';
import { parseInput } from '../../../graphql/parse-input';
import { requireOperator } from '../../auth/authorization';
import { idField } from '../../auth/dto/fields';
import { auditedImport } from './audited-import';
import { answerError } from './csv-http-errors';
import type { ImportReport } from './csv-report';
import { exportBeacons, exportGeofences } from './export-places';
import { importBeacons, importGeofences } from './import-places';

/** 10,000 rows exceed the 1 MB limit of every other route; only these CSV bodies may be this large. */
export const CSV_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

const tenantQuery = z.object({ tenantId: idField });

/** The calling operator (API keys cannot import or export) and the tenant asked for. */
async function operatorRequest(ctx: Context, request: FastifyRequest): Promise<string> {
  requireOperator(ctx);
  return parseInput(tenantQuery, request.query).tenantId;
}

function importRoute(
  app: AppServices,
  action: 'importBeacons' | 'importGeofences',
  importCsv: (ctx: Context, tenantId: string, csv: string) => Promise<ImportReport>,
) {
  return async (request: FastifyRequest): Promise<ImportReport> => {
    const ctx = await createContext(app, request);
    return auditedImport(ctx, action, async () => {
      const tenantId = await operatorRequest(ctx, request);
      if (typeof request.body !== 'string')
        throw badInput('file', 'Send the file as the body, with content-type text/csv');
      return importCsv(ctx, tenantId, request.body);
    });
  };
}

function exportRoute(
  app: AppServices,
  filename: string,
  exportCsv: (ctx: Context, tenantId: string) => Promise<NodeJS.ReadableStream>,
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = await createContext(app, request);
    const csv = await exportCsv(ctx, await operatorRequest(ctx, request));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'private, no-store')
      .send(csv);
  };
}

/**
 * CSV import and export of geofences and beacons over plain HTTP, with an operator session token. Registered in a
 * scope of their own so that text/csv and its larger body limit apply to these routes only.
 */
export function registerPlacesCsvRoutes(fastify: FastifyInstance, app: AppServices): void {
  fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler(answerError);
    scope.post('/import/geofences', importRoute(app, 'importGeofences', importGeofences));
    scope.post('/import/beacons', importRoute(app, 'importBeacons', importBeacons));
    scope.get('/export/geofences.csv', exportRoute(app, 'geofences.csv', exportGeofences));
    scope.get('/export/beacons.csv', exportRoute(app, 'beacons.csv', exportBeacons));
  });
}
