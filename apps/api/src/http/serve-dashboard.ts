import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Paths the API answers itself; everything else that asks for a page gets the dashboard. */
const apiPaths = /^\/(graphql|import|export|healthz|readyz|metrics)(\/|$|\?)/;

// Mantine injects its styles at run time; map tiles come from a configurable https server.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The dashboard's production build from the API's own origin: one process, one port, no proxy, and the same-origin
 * requests the dashboard makes need no CORS. Hashed assets are cached for good; index.html never is, so a new
 * deployment is picked up on the next load. Client-side routes (/campaigns/…) get index.html.
 */
export async function serveDashboard(fastify: FastifyInstance, root: string): Promise<void> {
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(reply, path) {
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.addHook('onSend', async (request, reply) => {
    if (!apiPaths.test(request.url)) {
      reply.header('content-security-policy', contentSecurityPolicy);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'same-origin');
    }
  });
  fastify.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const looksLikeAFile = /\.[a-z0-9]+$/i.test(path);
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !apiPaths.test(path) && !looksLikeAFile;
    if (!wantsPage) return reply.code(404).send({ error: 'Not Found' });
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
