import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context';
import { AppError } from '../../graphql/app-error';
import { recordAudit } from './audit.service';

/**
 * Every operator mutation is written to the audit log with its outcome, whatever the resolver does. SDK (API key)
 * mutations are high-volume and are counted by usage metering instead.
 */
export const auditMutations: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (info.parentType.name !== 'Mutation' || info.path.prev !== undefined) return next();
  if (context.principal.kind === 'apiKey') return next();
  try {
    const result: unknown = await next();
    await recordAudit(context, info.fieldName, 'success');
    return result;
  } catch (error) {
    await recordAudit(context, info.fieldName, 'failure', error instanceof AppError ? error.code : 'INTERNAL');
    throw error;
  }
};
