import { createHash } from 'node:crypto';

type Failures = { count: number; lockedUntil: number };

/**
 * Slows down password guessing: after `maxFailures` wrong passwords for one email (or from one address), further
 * attempts are refused for a lockout that doubles with each further failure. In memory, per process: behind several
 * replicas this belongs in Redis (see README).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly maxFailures: number,
    private readonly lockoutSeconds: number,
  ) {}

  /** Seconds to wait before another attempt, or 0 when one may be made now. */
  retryAfterSeconds(keys: string[], now: number): number {
    const waits = keys.map((k) => this.failures.get(this.key(k))?.lockedUntil ?? 0).map((until) => until - now);
    return Math.max(0, Math.ceil(Math.max(...waits) / 1000));
  }

  recordFailure(keys: string[], now: number): void {
    for (const k of keys) {
      const key = this.key(k);
      const f = this.failures.get(key) ?? { count: 0, lockedUntil: 0 };
      f.count += 1;
      if (f.count >= this.maxFailures) {
        const doublings = Math.min(f.count - this.maxFailures, 10);
        f.lockedUntil = now + this.lockoutSeconds * 1000 * 2 ** doublings;
      }
      this.failures.set(key, f);
    }
  }

  recordSuccess(keys: string[]): void {
    for (const k of keys) this.failures.delete(this.key(k));
  }

  /** Hashed so that the map holds no email addresses. */
  private key(k: string): string {
    return createHash('sha256').update(k).digest('base64url');
  }
}
