/**
 * The floor the API is compared with: a bare Fastify route on the same machine answering what `{ __typename }` does.
 * `node --import tsx bench/bare-server.ts <port>`.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/graphql', async () => ({ data: { __typename: 'Query' } }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2]) });
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
