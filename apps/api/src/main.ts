import { loadConfig } from './config';
import { createServer } from './server';

const config = loadConfig();
const server = await createServer(config);

// Before listening: a stop asked for the moment the port opens must still be a clean one.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.fastify.log.info({ signal }, 'shutting down: finishing in-flight requests');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.fastify.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
await server.fastify.listen({ host: config.host, port: config.port });
