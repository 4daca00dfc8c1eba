import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../context';
import { ErrorCode } from '../../graphql/app-error';

/**
 * For API-key callers: a token bucket per key (RATE_LIMITED with Retry-After when empty, before anything runs) and
 * a usage count per tenant, day and root field.
 */
/** Takes the API key's token and counts the call; returns 0, or the seconds to wait when the key is over its rate. */
export async function meterSdkCall(
  ctx: Context,
  operation: OperationDefinitionNode | undefined | null,
): Promise<number> {
  if (ctx.principal.kind !== 'apiKey') return 0;
  const now = ctx.app.now();
  const wait = await ctx.app.sdkRateLimiter.take(ctx.principal.apiKeyId, now.getTime());
  if (wait > 0) return wait;
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind === 'Field') ctx.app.usage.count(ctx.principal.tenantId, selection.name.value, now);
  }
  return 0;
}

export const sdkMetering: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue: ctx, operation }) {
        const wait = await meterSdkCall(ctx, operation);
        if (wait > 0) {
          throw new GraphQLError(`Too many requests for this API key; retry in ${wait} s`, {
            extensions: {
              code: ErrorCode.RATE_LIMITED,
              retryAfterSeconds: wait,
              http: { status: 429, headers: new Map([['retry-after', String(wait)]]) },
            },
          });
        }
      },
    };
  },
};
