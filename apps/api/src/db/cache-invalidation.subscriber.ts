import type { EventSubscriber, FlushEventArgs, Transaction, TransactionEventArgs } from '@mikro-orm/core';

const CACHED = new Set(['Tenant', 'ApiKey']);

/**
 * In this process, a change to a tenant or an API key drops the caches at once (other processes learn of it from the
 * cache epoch): after the flush, and again after the transaction around it commits, so that a request that refilled a
 * cache from the uncommitted state in between is not believed either.
 */
export class CacheInvalidationSubscriber implements EventSubscriber {
  private readonly dirtyTransactions = new WeakSet<object>();

  constructor(private readonly invalidate: () => void) {}

  afterFlush({ em, uow }: FlushEventArgs): void {
    if (!uow.getChangeSets().some((change) => CACHED.has(change.meta.className))) return;
    this.invalidate();
    const transaction = em.getTransactionContext<Transaction<object>>();
    if (transaction) this.dirtyTransactions.add(transaction);
  }

  afterTransactionCommit({ transaction }: TransactionEventArgs): void {
    if (transaction && this.dirtyTransactions.has(transaction)) this.invalidate();
  }
}
