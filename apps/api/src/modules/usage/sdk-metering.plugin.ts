import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import { ErrorCode } from '../../graphql/app-error';

/**
 * For API-key callers: a token bucket per key (RATE_LIMITED with Retry-After when empty, before anything runs) and
 * a usage count per tenant, day and root field.
 */
export const sdkMetering: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue: ctx, operation }) {
        if (ctx.principal.kind !== 'apiKey') return;
        const now = ctx.app.now();
        const wait = ctx.app.sdkRateLimiter.take(ctx.principal.apiKey.id, now.getTime());
        if (wait > 0) {
          throw new GraphQLError(`Too many requests for this API key; retry in ${wait} s`, {
            extensions: {
              code: ErrorCode.RATE_LIMITED,
              retryAfterSeconds: wait,
              http: { status: 429, headers: new Map([['retry-after', String(wait)]]) },
            },
          });
        }
        for (const selection of operation?.selectionSet.selections ?? []) {
          if (selection.kind === 'Field') ctx.app.usage.count(ctx.principal.tenantId, selection.name.value, now);
        }
      },
    };
  },
};
