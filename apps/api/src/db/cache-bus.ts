import type { Redis } from 'ioredis';

/**
 * With Redis, a change to a tenant or an API key is announced to every replica the moment it is made here, so that
 * their caches drop at once; the cache epoch they poll stays the guarantee (a change made by plain SQL, or a message
 * lost while Redis was away, is still noticed within a poll).
 */
export async function redisCacheBus(
  redis: Redis,
  subscriber: Redis,
  prefix: string,
  onRemoteChange: () => void,
): Promise<{ announce(): void; stop(): Promise<void> }> {
  const channel = `${prefix}cache`;
  subscriber.on('message', (received) => {
    if (received === channel) onRemoteChange();
  });
  await subscriber.subscribe(channel);
  return {
    announce() {
      redis.publish(channel, 'changed').catch(() => {
        // Redis away: the other replicas learn of it from the cache epoch instead.
      });
    },
    async stop() {
      await subscriber.unsubscribe(channel);
    },
  };
}
