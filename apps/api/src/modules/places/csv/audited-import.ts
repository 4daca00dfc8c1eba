import type { Context } from '../../../context';
import { ErrorCode } from '../../../graphql/app-error';
import { audited } from '../../audit/audited';
import type { ImportReport } from './csv-report';

/** One audit entry per import, like every operator mutation: who, which tenant, how it ended; never the rows. */
export async function auditedImport(
  ctx: Context,
  action: 'importBeacons' | 'importGeofences',
  work: () => Promise<ImportReport>,
): Promise<ImportReport> {
  if (ctx.principal.kind === 'apiKey') return work();
  return audited(ctx, action, work, (report) => (report.errors.length > 0 ? ErrorCode.BAD_USER_INPUT : undefined));
}
