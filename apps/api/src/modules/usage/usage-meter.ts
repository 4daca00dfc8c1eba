import type { MikroORM } from '@mikro-orm/core';
import { newId } from '../../db/ids';

const DAY_MS = 86_400_000;

/**
 * Counts SDK calls per tenant, UTC day and operation in memory, and adds them to usage_counter in one statement per
 * key every few seconds (and on shutdown): the hot path never waits for a write.
 */
export class UsageMeter {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  /** The UTC day of the last count, kept so that a call does not format a date: [first ms, next day's first ms). */
  private day = { from: 0, until: 0, text: '' };

  constructor(private readonly orm: MikroORM) {}

  count(tenantId: string, operation: string, at: Date): void {
    const key = `${tenantId}|${this.utcDay(at)}|${operation}`;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  private utcDay(at: Date): string {
    const ms = at.getTime();
    if (ms < this.day.from || ms >= this.day.until) {
      const from = Math.floor(ms / DAY_MS) * DAY_MS;
      this.day = { from, until: from + DAY_MS, text: new Date(from).toISOString().slice(0, 10) };
    }
    return this.day.text;
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
