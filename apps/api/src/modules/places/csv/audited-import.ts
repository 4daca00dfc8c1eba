import type { Context } from '../../../context';
import { AppError, ErrorCode } from '../../../graphql/app-error';
import { recordAudit } from '../../audit/audit.service';
import type { ImportReport } from './csv-report';

/** One audit entry per import, like every operator mutation: who, which tenant, how it ended; never the rows. */
export async function auditedImport(
  ctx: Context,
  action: 'importBeacons' | 'importGeofences',
  work: () => Promise<ImportReport>,
): Promise<ImportReport> {
  if (ctx.principal.kind === 'apiKey') return work();
  try {
    const report = await work();
    const refused = report.errors.length > 0;
    await recordAudit(ctx, action, refused ? 'failure' : 'success', refused ? ErrorCode.BAD_USER_INPUT : undefined);
    return report;
  } catch (error) {
    await recordAudit(ctx, action, 'failure', error instanceof AppError ? error.code : 'INTERNAL');
    throw error;
  }
}
