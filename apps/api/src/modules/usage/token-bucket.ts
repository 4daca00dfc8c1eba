import type { Redis } from 'ioredis';

/** A token bucket per key: `burst` requests at once, refilled at `perSecond`. */
export interface RateLimiter {
  /** Takes one token; resolves to 0 when allowed, else the seconds until one is free. Refusing takes nothing. */
  take(key: string, now: number): Promise<number>;
}

type Bucket = { tokens: number; updatedAt: number };

const refill = (b: Bucket, now: number, perSecond: number, burst: number) =>
  Math.min(burst, b.tokens + (Math.max(0, now - b.updatedAt) / 1000) * perSecond);

/** In this process: right for one replica; behind several, each would allow its own share. */
export class TokenBuckets implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  async take(key: string, now: number): Promise<number> {
    const b = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: now };
    b.tokens = refill(b, now, this.perSecond, this.burst);
    b.updatedAt = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
  }
}

/** The same bucket, kept in Redis and updated by one atomic script, so that every replica draws from it. */
const TAKE = `
local tokens = tonumber(redis.call('HGET', KEYS[1], 't') or ARGV[3])
local updated = tonumber(redis.call('HGET', KEYS[1], 'u') or ARGV[1])
local now, rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
tokens = math.min(burst, tokens + math.max(0, now - updated) / 1000 * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.max(1, math.ceil((1 - tokens) / rate)) end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'u', ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return wait`;

export class RedisTokenBuckets implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  async take(key: string, now: number): Promise<number> {
    const wait = await this.redis.eval(TAKE, 1, `${this.prefix}rate:${key}`, now, this.perSecond, this.burst);
    return Number(wait);
  }
}
