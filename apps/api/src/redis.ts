import { Redis } from 'ioredis';

/**
 * The connection to Redis, when REDIS_URL is set: what replicas share (rate limits, sign-in lockouts, cache
 * invalidation, the retention-purge lease). Without it each process keeps its own, which is right for one process.
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, {
    // A request waits for a reconnection rather than failing at the first network hiccup, but not for ever.
    maxRetriesPerRequest: 3,
    enableOfflineQueue: true,
    lazyConnect: false,
  });
}

export type { Redis };
