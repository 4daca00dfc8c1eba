import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { createServer, type ServerOptions, type VicinityServer } from '../src/server';
import { createTestDatabaseUrl, type DatabaseKind } from './databases';

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
};

export type TestApi = {
  url: string;
  server: VicinityServer;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
};

/** What the fixtures need: anything that sends GraphQL to a running server, in this process or another. */
export type GqlClient = Pick<TestApi, 'gql'>;

/** The real server on a fresh database of `kind`, listening on a random loopback port, driven over HTTP. */
export async function startTestApi(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<TestApi> {
  const database = await createTestDatabaseUrl(kind);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    // Suites that are not about rate limits make many SDK calls in a burst; the rate-limit tests set their own.
    SDK_RATE_LIMIT_PER_SECOND: '100000',
    SDK_RATE_LIMIT_BURST: '100000',
    // Suites that are not about webhooks send none: the webhook tests start a dispatcher where they need one.
    WEBHOOK_DISPATCHER: 'off',
    ...env,
    DATABASE_URL: database.url,
  });
  const server = await createServer(config, options);
  await server.fastify.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.fastify.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    server,
    gql: gqlOver(url),
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

export const codes = (r: GraphQLResponse): (string | undefined)[] => (r.errors ?? []).map((e) => e.extensions?.code);

/** Sends one GraphQL request over HTTP, as a client would. */
export function gqlOver(url: string): TestApi['gql'] {
  return async (query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
}
