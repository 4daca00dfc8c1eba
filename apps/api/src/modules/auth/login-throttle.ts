import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Slows down password guessing: after `maxFailures` wrong passwords for one email (or from one address), further
 * attempts are refused for a lockout that doubles with each further failure.
 */
export interface LoginThrottle {
  /** Seconds to wait before another attempt, or 0 when one may be made now. */
  retryAfterSeconds(keys: string[], now: number): Promise<number>;
  recordFailure(keys: string[], now: number): Promise<void>;
  recordSuccess(keys: string[]): Promise<void>;
}

/** Hashed, so that no store holds an email address. */
const hashed = (k: string) => createHash('sha256').update(k).digest('base64url');
const lockout = (count: number, maxFailures: number, lockoutSeconds: number) =>
  lockoutSeconds * 1000 * 2 ** Math.min(count - maxFailures, 10);

type Failures = { count: number; lockedUntil: number };

/** In this process: right for one replica; behind several, a lockout on one would not hold on the others. */
export class MemoryLoginThrottle implements LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly maxFailures: number,
    private readonly lockoutSeconds: number,
  ) {}

  async retryAfterSeconds(keys: string[], now: number): Promise<number> {
    const waits = keys.map((k) => (this.failures.get(hashed(k))?.lockedUntil ?? 0) - now);
    return Math.max(0, Math.ceil(Math.max(...waits) / 1000));
  }

  async recordFailure(keys: string[], now: number): Promise<void> {
    for (const k of keys) {
      const f = this.failures.get(hashed(k)) ?? { count: 0, lockedUntil: 0 };
      f.count += 1;
      if (f.count >= this.maxFailures) f.lockedUntil = now + lockout(f.count, this.maxFailures, this.lockoutSeconds);
      this.failures.set(hashed(k), f);
    }
  }

  async recordSuccess(keys: string[]): Promise<void> {
    for (const k of keys) this.failures.delete(hashed(k));
  }
}

/** Counted in Redis by one atomic script per key, so that every replica sees every failure and every lockout. */
const FAIL = `
local count = redis.call('HINCRBY', KEYS[1], 'c', 1)
local now, max, seconds = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local until_ = tonumber(redis.call('HGET', KEYS[1], 'l') or '0')
if count >= max then
  until_ = now + seconds * 1000 * 2 ^ math.min(count - max, 10)
  redis.call('HSET', KEYS[1], 'l', tostring(until_))
end
redis.call('PEXPIRE', KEYS[1], math.max(until_ - now, 0) + seconds * 1000 * 2 ^ 10)
return count`;

export class RedisLoginThrottle implements LoginThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly maxFailures: number,
    private readonly lockoutSeconds: number,
  ) {}

  private key(k: string): string {
    return `${this.prefix}login:${hashed(k)}`;
  }

  async retryAfterSeconds(keys: string[], now: number): Promise<number> {
    const until = await Promise.all(keys.map((k) => this.redis.hget(this.key(k), 'l')));
    return Math.max(0, Math.ceil(Math.max(...until.map((u) => Number(u ?? 0) - now)) / 1000));
  }

  async recordFailure(keys: string[], now: number): Promise<void> {
    await Promise.all(
      keys.map((k) => this.redis.eval(FAIL, 1, this.key(k), now, this.maxFailures, this.lockoutSeconds)),
    );
  }

  async recordSuccess(keys: string[]): Promise<void> {
    await this.redis.del(...keys.map((k) => this.key(k)));
  }
}
