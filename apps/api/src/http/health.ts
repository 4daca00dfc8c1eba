import type { FastifyInstance } from 'fastify';

export type ReadinessCheck = { name: string; check(): Promise<unknown> };

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
  ]);
}

/**
 * /healthz: the process is alive and its event loop answers (restart it when not).
 * /readyz: it can serve: every dependency answers and it is not shutting down (send it traffic only then).
 */
export function registerHealth(fastify: FastifyInstance, checks: ReadinessCheck[], closing: () => boolean): void {
  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async (_request, reply) => {
    if (closing()) return reply.code(503).send({ status: 'shutting down' });
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check());
          return [name, 'ok'] as const;
        } catch (error) {
          fastify.log.warn({ err: error, dependency: name }, 'readiness check failed');
          return [name, 'unavailable'] as const;
        }
      }),
    );
    const ready = results.every(([, state]) => state === 'ok');
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(results) });
  });
}
