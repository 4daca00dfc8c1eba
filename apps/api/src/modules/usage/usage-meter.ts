import type { MikroORM } from '@mikro-orm/core';
import { newId } from '../../db/ids';

/**
 * Counts SDK calls per tenant, UTC day and operation in memory, and adds them to usage_counter in one statement per
 * key every few seconds (and on shutdown): the hot path never waits for a write.
 */
export class UsageMeter {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly orm: MikroORM) {}

  count(tenantId: string, operation: string, at: Date): void {
    const key = `${tenantId}|${at.toISOString().slice(0, 10)}|${operation}`;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  start(everySeconds: number, onError: (error: unknown) => void): void {
    this.timer = setInterval(() => this.flush().catch(onError), everySeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    const connection = this.orm.em.getConnection();
    for (const [key, n] of batch) {
      const [tenantId, day, operation] = key.split('|');
      try {
        // Several replicas add to the same row: the database does the addition.
        await connection.execute(
          'insert into usage_counter (id, tenant_id, day, operation, count) values (?, ?, ?, ?, ?) ' +
            'on conflict (tenant_id, day, operation) do update set count = usage_counter.count + excluded.count',
          [newId(), tenantId, day, operation, n],
        );
        batch.delete(key);
      } catch (error) {
        // Nothing counted is lost: what could not be written waits for the next flush.
        for (const [k, count] of batch) this.pending.set(k, (this.pending.get(k) ?? 0) + count);
        throw error;
      }
    }
  }
}
