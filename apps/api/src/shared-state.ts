import type { Config } from './config';
import { redisCacheBus } from './db/cache-bus';
import type { ReadinessCheck } from './http/health';
import { type LoginThrottle, MemoryLoginThrottle, RedisLoginThrottle } from './modules/auth/login-throttle';
import { databasePurgeLease, type PurgeLease, redisPurgeLease } from './modules/privacy/purge-lease';
import { type RateLimiter, RedisTokenBuckets, TokenBuckets } from './modules/usage/token-bucket';
import { connectRedis } from './redis';

export type SharedState = {
  loginThrottle: LoginThrottle;
  sdkRateLimiter: RateLimiter;
  purgeLease: PurgeLease;
  /** Tells the other replicas that tenants or API keys changed (nothing to tell without Redis). */
  announceChange: () => void;
  readiness: ReadinessCheck[];
  close(): Promise<void>;
};

/**
 * What replicas must share: in Redis when REDIS_URL is set, in this process otherwise (right for one process).
 * `onRemoteChange` is called when another replica announces a change to tenants or API keys.
 */
export async function openSharedState(config: Config, onRemoteChange: () => void): Promise<SharedState> {
  const { login, sdkRateLimit } = config;
  if (!config.redis) {
    return {
      loginThrottle: new MemoryLoginThrottle(login.maxFailures, login.lockoutSeconds),
      sdkRateLimiter: new TokenBuckets(sdkRateLimit.perSecond, sdkRateLimit.burst),
      purgeLease: databasePurgeLease,
      announceChange: () => {},
      readiness: [],
      close: async () => {},
    };
  }
  const { url, prefix } = config.redis;
  const redis = connectRedis(url);
  const subscriber = connectRedis(url);
  const bus = await redisCacheBus(redis, subscriber, prefix, onRemoteChange);
  return {
    loginThrottle: new RedisLoginThrottle(redis, prefix, login.maxFailures, login.lockoutSeconds),
    sdkRateLimiter: new RedisTokenBuckets(redis, prefix, sdkRateLimit.perSecond, sdkRateLimit.burst),
    purgeLease: redisPurgeLease(redis, prefix),
    announceChange: bus.announce,
    readiness: [{ name: 'redis', check: () => redis.ping() }],
    async close() {
      await bus.stop();
      await Promise.all([redis.quit(), subscriber.quit()]);
    },
  };
}
