import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/core';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import { type AppServices, type Context, createContext } from './context';
import { seedDemo } from './db/demo-seed';
import { openOrm } from './db/orm';
import { buildApiSchema } from './graphql/build-schema';
import { formatError, isExpectedError } from './graphql/format-error';
import { CatalogIndexCache } from './modules/eligibility/catalog-index.cache';
import { sdkMetering } from './modules/usage/sdk-metering.plugin';
import { TokenBuckets } from './modules/usage/token-bucket';
import { UsageMeter } from './modules/usage/usage-meter';
import { LoginThrottle } from './modules/auth/login-throttle';
import { registerPlacesCsvRoutes } from './modules/places/csv/places-csv.routes';
import { startRetentionScheduler } from './modules/privacy/retention-scheduler';

export type VicinityServer = {
  fastify: FastifyInstance;
  apollo: ApolloServer<Context>;
  orm: MikroORM;
  /** The long-lived services the requests share (index cache, meters, throttles). */
  app: AppServices;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
};

export type ServerOptions = { now?: () => Date };

const BODY_LIMIT_BYTES = 1024 * 1024;
const requestIdPattern = /^[\w.:-]{1,64}$/;

/** Logs unexpected errors in full, with the request id; clients only ever see them masked. */
const logUnexpectedErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isExpectedError(error)) {
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
        }
      },
    };
  },
};

export async function createServer(config: Config, options: ServerOptions = {}): Promise<VicinityServer> {
  const orm = await openOrm(config.database);
  if (config.demoSeed) await seedDemo(orm);

  const fastify = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    trustProxy: false,
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const app: AppServices = {
    config,
    orm,
    loginThrottle: new LoginThrottle(config.login.maxFailures, config.login.lockoutSeconds),
    catalog: new CatalogIndexCache(orm),
    sdkRateLimiter: new TokenBuckets(config.sdkRateLimit.perSecond, config.sdkRateLimit.burst),
    usage: new UsageMeter(orm),
    now: options.now ?? (() => new Date()),
  };

  const armor = new ApolloArmor({
    maxTokens: { enabled: false }, // its syntax-error handling answers 500; Apollo's parseOptions.maxTokens below answers 400
    maxDepth: { n: config.graphql.maxDepth },
    maxAliases: { n: config.graphql.maxAliases },
    maxDirectives: { n: 50 },
    costLimit: { maxCost: config.graphql.maxCost },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();

  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, fastifyApolloDrainPlugin(fastify), logUnexpectedErrors, sdkMetering],
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
        })
      : undefined;

  fastify.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, { context: (request) => createContext(app, request) }),
  });
  registerPlacesCsvRoutes(fastify, app);

  fastify.get('/healthz', async (_request, reply) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      return { status: 'ok' };
    } catch (error) {
      fastify.log.error({ err: error }, 'health check: database did not answer');
      return reply.code(503).send({ status: 'database unavailable' });
    }
  });

  let closed: Promise<void> | undefined;
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
        await app.usage.stop();
        await orm.close();
      })();
      return closed;
    },
  };
}
