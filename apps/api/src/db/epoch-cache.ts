/**
 * A read-through cache of values that change rarely (API keys, tenant settings), dropped as a whole whenever anything
 * of its kind may have changed. A load that started before a drop never lands after it, so a drop always wins.
 */
export class EpochCache<V> {
  private readonly entries = new Map<string, V>();
  private generation = 0;

  constructor(
    private readonly load: (key: string) => Promise<V | undefined>,
    private readonly maxEntries = 50_000,
  ) {}

  async get(key: string): Promise<V | undefined> {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const generation = this.generation;
    const value = await this.load(key);
    if (value !== undefined && generation === this.generation) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}

/**
 * Polls the database's cache epoch (moved by triggers whenever a tenant or an API key row changes, whoever changed
 * it) and calls `onChange` when it moves: every replica drops its caches within one interval of a commit.
 */
export function watchCacheEpoch(
  read: () => Promise<number>,
  onChange: () => void,
  onError: (error: unknown) => void,
  intervalMs = 250,
): { stop(): Promise<void> } {
  let last: number | undefined;
  let polling: Promise<void> | undefined;
  const poll = async () => {
    try {
      const epoch = await read();
      if (last !== undefined && epoch !== last) onChange();
      last = epoch;
    } catch (error) {
      // Unknown state: drop the caches rather than trust them, and try again on the next tick.
      onChange();
      last = undefined;
      onError(error);
    }
  };
  const timer = setInterval(() => {
    polling ??= poll().finally(() => {
      polling = undefined;
    });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await polling;
    },
  };
}
