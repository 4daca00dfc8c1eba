import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import type { EpochCache } from './db/epoch-cache';
import type { ActiveApiKey, FastReads, TenantSnapshot } from './db/fast-reads';
import { scopeToTenant } from './db/tenant-filter';
import type { Metrics } from './http/metrics';
import type { AuditNote } from './modules/audit/audit-note';
import { authenticate } from './modules/auth/authenticate';
import type { LoginThrottle } from './modules/auth/login-throttle';
import type { Principal } from './modules/auth/principal';
import type { PurgeLease } from './modules/privacy/purge-lease';
import type { Role } from './modules/auth/role';
import type { CatalogIndexCache } from './modules/eligibility/catalog-index.cache';
import type { RateLimiter } from './modules/usage/token-bucket';
import type { UsageMeter } from './modules/usage/usage-meter';

/** What lives as long as the server: shared by every request. */
export type AppServices = {
  config: Config;
  orm: MikroORM;
  /** The SDK's hot-path reads, prepared statements outside the ORM. */
  fastReads: FastReads;
  apiKeys: EpochCache<ActiveApiKey>;
  tenants: EpochCache<TenantSnapshot>;
  /** Drops the key and tenant caches of this process (called on changes here and when the cache epoch moves). */
  invalidateCaches: () => void;
  loginThrottle: LoginThrottle;
  purgeLease: PurgeLease;
  catalog: CatalogIndexCache;
  sdkRateLimiter: RateLimiter;
  usage: UsageMeter;
  metrics: Metrics;
  now: () => Date;
};

export type Context = {
  /** Forked on first use: the SDK's hot path never needs one. */
  readonly em: EntityManager;
  principal: Principal;
  requestId: string;
  clientIp: string;
  log: FastifyBaseLogger;
  app: AppServices;
  audit: AuditNote;
  /** Roles of the calling operator already looked up in this request, by tenant id. */
  roles: Map<string, Role>;
};

export async function createContext(
  app: AppServices,
  request: { id: string; ip: string; log: FastifyBaseLogger; headers: { authorization?: string } },
): Promise<Context> {
  let em: EntityManager | undefined;
  let principal: Principal = { kind: 'anonymous' };
  const forkOnce = () => {
    if (!em) {
      em = app.orm.em.fork();
      // An API key acts for exactly one tenant: every read of this request is narrowed to it.
      if (principal.kind === 'apiKey') scopeToTenant(em, principal.tenantId);
    }
    return em;
  };
  principal = await authenticate(request.headers.authorization, app.now(), {
    em: forkOnce,
    apiKey: (keyHash) => app.apiKeys.get(keyHash),
  });
  return {
    get em() {
      return forkOnce();
    },
    principal,
    requestId: request.id,
    clientIp: request.ip,
    log: request.log,
    app,
    audit: {},
    roles: new Map(),
  };
}
