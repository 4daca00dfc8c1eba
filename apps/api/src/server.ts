import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/core';
import Fastify, { type FastifyInstance } from 'fastify';
import type { CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import type { DestinationStream } from 'pino';
import type { Config } from './config';
import { type AppServices, type Context, createContext } from './context';
import { seedDemo } from './db/demo/demo-seed';
import { CacheInvalidationSubscriber } from './db/cache-invalidation.subscriber';
import { EpochCache, watchCacheEpoch } from './db/epoch-cache';
import { openFastReads } from './db/fast-reads';
import { openOrm } from './db/orm';
import { buildApiSchema } from './graphql/build-schema';
import { formatError, isExpectedError } from './graphql/format-error';
import { serializeError } from './log-redaction';
import { CatalogIndexCache } from './modules/eligibility/catalog-index.cache';
import { meterSdkCall, sdkMetering } from './modules/usage/sdk-metering.plugin';
import { UsageMeter } from './modules/usage/usage-meter';
import { registerPlacesCsvRoutes } from './modules/places/csv/places-csv.routes';
import { registerAuditExportRoute } from './modules/audit/audit-export';
import { registerEngagementExportRoute } from './modules/engagement/export/engagement-export.routes';
import { startRetentionScheduler } from './modules/privacy/retention-scheduler';
import { startWebhookDispatcher } from './modules/webhooks/webhook-dispatcher';
import { registerHealth } from './http/health';
import { createMetrics, graphqlMetricsPlugin, recordOperation, registerMetrics } from './http/metrics';
import { createFastLane } from './graphql/fast-lane';
import { costDependsOnRequest, pageCostError } from './graphql/page-cost';
import { serveDashboard } from './http/serve-dashboard';
import { openSharedState } from './shared-state';
import { WebhookEventsSubscriber } from './modules/webhooks/webhook-events.subscriber';

export type VicinityServer = {
  fastify: FastifyInstance;
  apollo: ApolloServer<Context>;
  orm: MikroORM;
  /** The long-lived services the requests share (index cache, meters, throttles). */
  app: AppServices;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
};

export type ServerOptions = {
  now?: () => Date;
  /** Where the JSON log lines go (default: standard output). */
  logStream?: DestinationStream;
  /** Off: every request goes through Apollo (the fast lane's equivalence test compares the two). */
  fastLane?: boolean;
};

const BODY_LIMIT_BYTES = 1024 * 1024;
const requestIdPattern = /^[\w.:-]{1,64}$/;

/** Logs unexpected errors in full, with the request id; clients only ever see them masked. */
function logUnexpected(ctx: Context, error: GraphQLError): void {
  ctx.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
}

const logUnexpectedErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) if (!isExpectedError(error)) logUnexpected(contextValue, error);
      },
    };
  },
};

/** The cost limit again, with the page sizes the request's variables ask for (see page-cost.ts). */
function limitPageCost(schema: GraphQLSchema, options: CostLimitOptions): ApolloServerPlugin<Context> {
  const dependsOnRequest = new WeakMap<DocumentNode, boolean>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let depends = dependsOnRequest.get(document);
          if (depends === undefined) dependsOnRequest.set(document, (depends = costDependsOnRequest(schema, document)));
          const error = depends && pageCostError(schema, document, request.variables ?? {}, options);
          if (error) {
            throw new GraphQLError(error.message, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** The API has no subscriptions: asking for one is a bad request, answered before anything runs. */
const refuseSubscriptions: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('This API has no subscriptions', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      },
    };
  },
};

export async function createServer(config: Config, options: ServerOptions = {}): Promise<VicinityServer> {
  const fastify = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: { err: serializeError },
      ...(options.logStream && { stream: options.logStream }),
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const invalidateCaches = () => {
    apiKeys.clear();
    tenants.clear();
  };
  const shared = await openSharedState(config, invalidateCaches);
  const orm = await openOrm(config.database, (applied) => fastify.log.info({ applied }, 'database migrated'), [
    new CacheInvalidationSubscriber(() => {
      invalidateCaches();
      shared.announceChange();
    }),
    new WebhookEventsSubscriber(options.now),
  ]);
  const fastReads = openFastReads(config.database);
  const apiKeys = new EpochCache((keyHash) => fastReads.activeApiKey(keyHash));
  const tenants = new EpochCache((tenantId) => fastReads.tenant(tenantId));
  const epochWatch = watchCacheEpoch(
    () => fastReads.cacheEpoch(),
    invalidateCaches,
    (error) => fastify.log.warn({ err: error }, 'could not read the cache epoch; caches dropped'),
  );

  const app: AppServices = {
    config,
    orm,
    fastReads,
    apiKeys,
    tenants,
    invalidateCaches,
    loginThrottle: shared.loginThrottle,
    purgeLease: shared.purgeLease,
    catalog: new CatalogIndexCache(orm),
    sdkRateLimiter: shared.sdkRateLimiter,
    usage: new UsageMeter(orm),
    metrics: createMetrics(orm),
    now: options.now ?? (() => new Date()),
  };
  if (config.demoSeed) await seedDemo(app, fastify.log);

  const schema = await buildApiSchema();
  const costOptions = { maxCost: config.graphql.maxCost, depthCostFactor: 1, objectCost: 2, scalarCost: 0.5 };
  const armor = new ApolloArmor({
    maxTokens: { enabled: false }, // its syntax-error handling answers 500; Apollo's parseOptions.maxTokens below answers 400
    maxDepth: { n: config.graphql.maxDepth },
    maxAliases: { n: config.graphql.maxAliases },
    maxDirectives: { n: 50 },
    // Depth has its own limit: the default 1.5x per level compounded over a connection's edges { node { ... } } made
    // a documented page of 200 cost 3.4 times its fields. A scalar of a loaded row costs half an object, which may need
    // a load; `first` still multiplies the whole page.
    costLimit: costOptions,
    blockFieldSuggestion: { enabled: config.production },
  }).protect();

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    allowBatchedHttpRequests: false,
    // main.ts stops the whole server on SIGTERM; Apollo's own handler would re-raise the signal and kill the process
    // before in-flight requests finish (it is only off by default under NODE_ENV=test).
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      fastifyApolloDrainPlugin(fastify),
      refuseSubscriptions,
      limitPageCost(schema, costOptions),
      logUnexpectedErrors,
      sdkMetering,
      graphqlMetricsPlugin(app.metrics),
    ],
    formatError,
  });
  await apollo.start();
  app.usage.start(config.usageFlushSeconds, (error) => fastify.log.error({ err: error }, 'usage flush failed'));

  const retention =
    config.purgeIntervalMinutes > 0
      ? startRetentionScheduler({
          orm,
          now: app.now,
          log: fastify.log,
          intervalMs: config.purgeIntervalMinutes * 60_000,
          lease: shared.purgeLease,
          serverSecret: config.suppressionSecret,
        })
      : undefined;
  const webhooks = config.webhooks.dispatcher
    ? startWebhookDispatcher({ orm, config, log: fastify.log, now: app.now })
    : undefined;

  const apolloHandler = fastifyApolloHandler(apollo, { context: (request) => createContext(app, request) });
  const fastLane = createFastLane({
    schema,
    costOptions,
    validationRules: armor.validationRules,
    maxTokens: config.graphql.maxTokens,
    app,
    formatError,
    hooks: {
      admit: async (ctx, operation) => (await meterSdkCall(ctx, operation)) === 0,
      served: (_ctx, operation, errors, seconds) => recordOperation(app.metrics, 'fast', operation, errors, seconds),
      unexpected: (ctx, error) => logUnexpected(ctx, error),
    },
  });
  fastify.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    async handler(request, reply) {
      if (options.fastLane !== false && (await fastLane.serve(request, reply))) return reply;
      return apolloHandler.call(this, request, reply);
    },
  });
  registerPlacesCsvRoutes(fastify, app);
  registerEngagementExportRoute(fastify, app);
  registerAuditExportRoute(fastify, app);

  let closed: Promise<void> | undefined;
  registerHealth(
    fastify,
    [{ name: 'database', check: () => orm.em.fork().getConnection().execute('select 1') }, ...shared.readiness],
    () => Boolean(closed),
  );
  registerMetrics(fastify, app.metrics, config.metricsToken);
  if (config.dashboardDir) await serveDashboard(fastify, config.dashboardDir);

  return {
    fastify,
    apollo,
    orm,
    app,
    close: () => {
      closed ??= (async () => {
        // A keep-alive connection that goes idle once its in-flight response is sent would hold close() open.
        const reaper = setInterval(() => fastify.server.closeIdleConnections(), 50);
        await fastify.close().finally(() => clearInterval(reaper));
        await apollo.stop();
        await retention?.stop();
        await webhooks?.stop();
        await app.usage.stop();
        await epochWatch.stop();
        await fastReads.close();
        await shared.close();
        await orm.close();
      })();
      return closed;
    },
  };
}
