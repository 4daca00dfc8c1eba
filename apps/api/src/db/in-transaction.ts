import type { Context } from '../context';

/**
 * Runs `work` in one transaction with a context whose `em` is the transaction's. Everything inside must use that
 * context: SQLite has a single connection, so a query through the outer `em` would wait for the transaction forever.
 */
export function inTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  return ctx.em.transactional((em) => work({ ...ctx, em }));
}
