import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { forbiddenAddressKind } from './outbound-address';

/** What is read of a receiver's answer before it is dropped: its body is never used. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

export type WebhookRequest = {
  url: string;
  body: string;
  /** Vicinity-Event-Id, Vicinity-Signature. */
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivateAddresses: boolean;
  /** Keep-alive agents shared by a dispatcher's sends; each send opens its own connection without them. */
  agents?: { http: http.Agent; https: https.Agent };
  /** Ends the attempt early (the server is stopping). */
  signal?: AbortSignal;
};

export type SendResult = {
  ok: boolean;
  statusCode?: number;
  latencyMs: number;
  /** Why it failed, in words an operator reads in the delivery log. */
  error?: string;
};

class Refused extends Error {}

export const durationInWords = (ms: number): string =>
  ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;

/** Every address the host has now: the check and the connection use the same answer, so DNS cannot change it. */
async function resolve(hostname: string): Promise<LookupAddress[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family) return [{ address: bare, family }];
  try {
    return await dnsLookup(bare, { all: true, verbatim: true });
  } catch {
    throw new Refused(`host not found: ${bare}`);
  }
}

function checkAddresses(hostname: string, addresses: LookupAddress[]): void {
  for (const { address } of addresses) {
    const kind = forbiddenAddressKind(address);
    if (!kind) continue;
    const bare = hostname.replace(/^\[|\]$/g, '');
    throw new Refused(
      bare === address ? `refused: ${address} is ${kind}` : `refused: ${bare} resolves to ${address}, ${kind}`,
    );
  }
}

/** A DNS lookup cannot be cancelled, but the attempt need not wait for it. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(new Error('aborted'));
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** A lookup that answers with the address already checked, whatever the name. */
function pinnedLookup(pinned: LookupAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as (e: null, a: LookupAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
}

function errorInWords(error: NodeJS.ErrnoException, url: URL): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `connection refused by ${url.host}`;
    case 'ECONNRESET':
      return 'the connection was reset before an answer';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${url.host} is unreachable`;
    default:
      return error.code?.startsWith('ERR_TLS') || /certificate/i.test(error.message)
        ? `TLS failed: ${error.message}`
        : error.message;
  }
}

type Answer = { statusCode: number; location?: string };

function statusInWords({ statusCode, location }: Answer): string {
  if (statusCode >= 300 && statusCode < 400) {
    const to = location ? ` to ${location.slice(0, 200)}` : '';
    return `HTTP ${statusCode}: redirected${to}, and redirects are not followed`;
  }
  return `HTTP ${statusCode}`;
}

/** The request itself, to an address already checked; settles with the status once the answer is read. */
function post(request: WebhookRequest, url: URL, address: LookupAddress, signal: AbortSignal): Promise<Answer> {
  const secure = url.protocol === 'https:';
  const transport = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: 'POST',
        lookup: pinnedLookup(address),
        agent: request.agents ? request.agents[secure ? 'https' : 'http'] : false,
        signal,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(request.body),
          'User-Agent': 'Vicinity-Webhooks',
          ...request.headers,
        },
      },
      (response) => {
        const answer = { statusCode: response.statusCode ?? 0, location: response.headers.location };
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // Enough: the answer is not used, and a receiver that streams forever must not hold the dispatcher.
          if (read > MAX_RESPONSE_BYTES) {
            response.destroy();
            resolve(answer);
          }
        });
        response.on('end', () => resolve(answer));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

/**
 * One POST of a delivery, never followed elsewhere: DNS is resolved now, every address checked (outside an allowed
 * private network), and the connection made to the checked address. Never throws; the result says what happened.
 */
export async function sendWebhook(request: WebhookRequest): Promise<SendResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout.signal, request.signal]) : timeout.signal;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, latencyMs: 0, error: 'not a valid URL' };
  }
  try {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Refused('refused: only http and https URLs');
    const addresses = await untilAborted(resolve(url.hostname), signal);
    if (!request.allowPrivateAddresses) checkAddresses(url.hostname, addresses);
    const answer = await post(request, url, addresses[0]!, signal);
    const ok = answer.statusCode >= 200 && answer.statusCode < 300;
    return { ok, statusCode: answer.statusCode, latencyMs: latency(), ...(!ok && { error: statusInWords(answer) }) };
  } catch (error) {
    const failure = { ok: false as const, latencyMs: latency() };
    if (error instanceof Refused) return { ...failure, error: error.message };
    if (timeout.signal.aborted) return { ...failure, error: `timed out after ${durationInWords(request.timeoutMs)}` };
    if (request.signal?.aborted) return { ...failure, error: 'interrupted: the server was stopping' };
    return { ...failure, error: errorInWords(error as NodeJS.ErrnoException, url) };
  } finally {
    clearTimeout(timer);
  }
}
