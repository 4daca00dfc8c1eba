import { EntitySchema } from '@mikro-orm/core';

/**
 * One row whose epoch moves whenever a tenant or an API key row changes (database triggers, so a change made by any
 * path, a script's plain SQL included, counts). Every API process polls it and drops its key and tenant caches when it
 * moves: a revocation, a suspension or a settings change reaches every replica within a poll.
 */
export class CacheEpoch {
  id = 1;
  epoch = 0;
}

export const CacheEpochSchema = new EntitySchema<CacheEpoch>({
  class: CacheEpoch,
  tableName: 'cache_epoch',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    epoch: { type: 'bigint', default: 0 },
  },
});
