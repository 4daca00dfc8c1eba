/**
 * The load generator, run as its own process so it does not share the server's event loop:
 * `tsx bench/load.ts plan.json` prints one JSON line of results.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

type LoadPlan = {
  url: string;
  key?: string;
  bodies: string[];
  seconds: number;
  connections: number;
  /** Requests a second in all; saturating when left out. */
  rate?: number;
};

const plan = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadPlan;
let next = 0;
const result = await autocannon({
  url: plan.url,
  method: 'POST',
  connections: plan.connections,
  duration: plan.seconds,
  ...(plan.rate && { overallRate: plan.rate }),
  headers: { 'content-type': 'application/json', ...(plan.key && { authorization: `Bearer ${plan.key}` }) },
  requests: [{ setupRequest: (request) => ({ ...request, body: plan.bodies[next++ % plan.bodies.length] }) }],
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }) + '\n',
);
