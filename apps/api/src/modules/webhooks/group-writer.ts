import type { EntityManager, MikroORM } from '@mikro-orm/core';

type Pending = {
  work: (em: EntityManager) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(e: unknown): void;
};

export type GroupWriter = <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>;

/**
 * Runs the writes asked for while one transaction commits together in the next one: the outcomes of many endpoints'
 * sends cost one commit (one fsync) instead of one each. A batch that fails fails each of its writes.
 */
export function groupWriter(orm: MikroORM): GroupWriter {
  let pending: Pending[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      const results: unknown[] = [];
      try {
        await orm.em.fork().transactional(async (em) => {
          for (const item of batch) results.push(await item.work(em));
        });
        batch.forEach((item, i) => item.resolve(results[i]));
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    writing = false;
  }

  return <T>(work: (em: EntityManager) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!writing) void drain();
    });
}
