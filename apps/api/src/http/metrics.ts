import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { FastifyInstance } from 'fastify';
import { type GraphQLFormattedError, Kind, type OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from '../context';

export type Metrics = ReturnType<typeof createMetrics>;

const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * One registry per server (tests run several in one process). Labels are route patterns, root field names of the
 * schema, error codes and policy reasons: bounded sets, never a tenant, an id or an end user's value.
 */
export function createMetrics(orm: MikroORM) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const pool = () => (orm.em as EntityManager).getConnection().getKnex().client.pool;
  return {
    registry,
    httpRequests: new Counter({
      name: 'vicinity_http_requests_total',
      help: 'HTTP requests by route and status code',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'vicinity_http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['method', 'route'],
      buckets: latencyBuckets,
      registers: [registry],
    }),
    graphqlOperations: new Counter({
      name: 'vicinity_graphql_operations_total',
      help: 'GraphQL operations by root field, outcome (ok, or the error code) and lane (fast, or apollo)',
      labelNames: ['field', 'outcome', 'lane'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'vicinity_graphql_operation_duration_seconds',
      help: 'GraphQL operation latency by root field',
      labelNames: ['field'],
      buckets: latencyBuckets,
      registers: [registry],
    }),
    eligibilityDecisions: new Counter({
      name: 'vicinity_eligibility_decisions_total',
      help: 'Eligibility answers: eligible, or each reason an end user was not',
      labelNames: ['decision'],
      registers: [registry],
    }),
    databasePool: new Gauge({
      name: 'vicinity_database_pool_connections',
      help: 'Database pool connections by state',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const p = pool();
        this.set({ state: 'used' }, p?.numUsed() ?? 0);
        this.set({ state: 'free' }, p?.numFree() ?? 0);
        this.set({ state: 'pending' }, p?.numPendingAcquires() ?? 0);
      },
    }),
  };
}

/** Root fields of the operation that ran (e.g. `eligibility`), a bounded label unlike the client's operation name. */
function rootFields(operation: OperationDefinitionNode | undefined): string {
  const fields = (operation?.selectionSet.selections ?? [])
    .map((s) => (s.kind === Kind.FIELD ? s.name.value : undefined))
    .filter((name): name is string => name !== undefined && !name.startsWith('__'));
  return [...new Set(fields)].sort().join(',') || (operation ? '__typename' : 'invalid');
}

/** Counts and times one operation by root field; `errors` as the client sees them, each with its code. */
export function recordOperation(
  metrics: Metrics,
  lane: 'fast' | 'apollo',
  operation: OperationDefinitionNode | undefined | null,
  errors: readonly GraphQLFormattedError[],
  seconds: number,
): void {
  const field = operation ? rootFields(operation) : 'invalid';
  const outcome = errors.length > 0 ? String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
  metrics.graphqlOperations.inc({ field, outcome, lane });
  metrics.graphqlDuration.observe({ field }, seconds);
}

export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          recordOperation(metrics, 'apollo', operation, errors ?? [], Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Counts and times every request, and serves /metrics (behind a token when one is configured). */
export function registerMetrics(fastify: FastifyInstance, metrics: Metrics, token: string | undefined): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  fastify.get('/metrics', async (request, reply) => {
    if (token && !bearerMatches(request.headers.authorization, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'a metrics token is required' });
    }
    return reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
