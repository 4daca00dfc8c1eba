import type { Context } from '../../context';
import { AppError } from '../../graphql/app-error';
import { recordAudit } from './audit.service';

/**
 * Runs an action that is not a GraphQL mutation (an import, an export) and writes its audit entry like a mutation's:
 * success, or failure with the error's code. `refusal` turns a result that reports a refusal into a failure.
 */
export async function audited<T>(
  ctx: Context,
  action: string,
  work: () => Promise<T>,
  refusal: (result: T) => string | undefined = () => undefined,
): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await recordAudit(ctx, action, 'failure', error instanceof AppError ? error.code : 'INTERNAL');
    throw error;
  }
  const code = refusal(result);
  await recordAudit(ctx, action, code ? 'failure' : 'success', code);
  return result;
}
