import type { EntityManager } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import type { AppServices, Context } from '../../context';
import { ApiKey } from '../../modules/auth/api-key.entity';
import { authenticate } from '../../modules/auth/authenticate';
import type { Principal } from '../../modules/auth/principal';
import { scopeToTenant } from '../tenant-filter';

/** What the consent ledger's evidence and the logs name as the request: the seed, not a client. */
const DEMO_REQUEST_ID = 'demo-seed';

/** The seed's own time: every service it calls reads "now" from here, so the demo's history happens in order. */
export class DemoClock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  /** Time only moves forward. */
  advance(to: Date): void {
    if (to > this.current) this.current = new Date(to);
  }
}

/**
 * Requests as the resolvers see them (see createContext): each is a fork of the seed's one transaction, with the
 * principal a bearer token authenticates to, and the seed's clock for "now".
 */
export class DemoActors {
  readonly app: AppServices;

  constructor(
    private readonly em: EntityManager,
    app: AppServices,
    private readonly clock: DemoClock,
    private readonly log: FastifyBaseLogger,
  ) {
    this.app = { ...app, now: () => clock.now() };
  }

  private fork(): EntityManager {
    return this.em.fork({ keepTransactionContext: true });
  }

  /**
   * Who a bearer token (a session or an API key) stands for; the token itself is not kept. Keys are looked up in the
   * seed's transaction: the server's key cache reads through another connection, which cannot see it before it commits.
   */
  authenticate(token: string): Promise<Principal> {
    const em = this.fork();
    return authenticate(`Bearer ${token}`, this.clock.now(), {
      em: () => em,
      apiKey: async (keyHash) => {
        const key = await em.findOne(ApiKey, { keyHash, revokedAt: null }, { filters: false });
        return key ? { id: key.id, tenantId: key.tenant.id } : undefined;
      },
    });
  }

  /** A new request of this principal each time it is called. */
  requests(principal: Principal): () => Context {
    return () => {
      const em = this.fork();
      // An API key acts for exactly one tenant: every read of its requests is narrowed to it.
      if (principal.kind === 'apiKey') scopeToTenant(em, principal.tenantId);
      return {
        em,
        principal,
        requestId: DEMO_REQUEST_ID,
        clientIp: '127.0.0.1',
        log: this.log,
        app: this.app,
        audit: {},
        roles: new Map(),
      };
    };
  }
}
