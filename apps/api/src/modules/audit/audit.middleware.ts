import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context';
import { AppError } from '../../graphql/app-error';
import { recordAudit } from './audit.service';

/**
 * Every operator mutation is written to the audit log with its outcome, whatever the resolver does. SDK (API key)
 * mutations are high-volume and are counted by usage metering instead. Wrapped around the root Mutation fields of the
 * built schema, so that no mutation can be added without it, and no other field pays for it.
 */
export function auditEveryMutation(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context: Context, info) => {
      if (context.principal.kind === 'apiKey') return resolve(source, args, context, info);
      try {
        const result: unknown = await resolve(source, args, context, info);
        await recordAudit(context, info.fieldName, 'success');
        return result;
      } catch (error) {
        await recordAudit(context, info.fieldName, 'failure', error instanceof AppError ? error.code : 'INTERNAL');
        throw error;
      }
    };
  }
}
