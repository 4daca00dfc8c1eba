import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import Fastify from 'fastify';

export type Received = {
  path: string;
  eventId: string;
  signature: string;
  body: string;
  headers: Record<string, unknown>;
};

/** What the receiver answers a request: a status, or 'hang' (never answers). */
export type Answer = number | 'hang' | { status: number; location?: string; body?: 'endless' };

export type WebhookReceiver = {
  /** http://127.0.0.1:<port> */
  origin: string;
  received: Received[];
  /** Decides each answer; 200 unless told. */
  answer: (request: Received) => Answer | Promise<Answer>;
  close(): Promise<void>;
};

/** A tenant's system, as a local Fastify server that records every request with its raw body. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const fastify = Fastify({ forceCloseConnections: true });
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  const hanging = new Set<() => void>();
  const receiver: WebhookReceiver = {
    origin: '',
    received: [],
    answer: () => 200,
    async close() {
      for (const release of hanging) release();
      await fastify.close();
    },
  };
  fastify.post('/*', async (request, reply) => {
    const received: Received = {
      path: request.url,
      eventId: String(request.headers['vicinity-event-id']),
      signature: String(request.headers['vicinity-signature']),
      body: request.body as string,
      headers: request.headers,
    };
    receiver.received.push(received);
    const answer = await receiver.answer(received);
    if (answer === 'hang') {
      await new Promise<void>((resolve) => hanging.add(resolve));
      return reply.code(204).send();
    }
    const { status, location, body } = typeof answer === 'number' ? { status: answer } : answer;
    if (location) reply.header('location', location);
    if (body === 'endless') {
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const endless = new Readable({
        read() {
          this.push(chunk);
        },
      });
      return reply.code(status).send(endless);
    }
    return reply.code(status).send();
  });
  await fastify.listen({ host: '127.0.0.1', port: 0 });
  receiver.origin = `http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}`;
  return receiver;
}
