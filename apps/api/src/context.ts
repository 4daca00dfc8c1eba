import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import { scopeToTenant } from './db/tenant-filter';
import type { AuditNote } from './modules/audit/audit-note';
import type { CatalogIndexCache } from './modules/eligibility/catalog-index.cache';
import type { TokenBuckets } from './modules/usage/token-bucket';
import type { UsageMeter } from './modules/usage/usage-meter';
import { authenticate } from './modules/auth/authenticate';
import type { LoginThrottle } from './modules/auth/login-throttle';
import type { Principal } from './modules/auth/principal';
import type { Role } from './modules/auth/role';

/** What lives as long as the server: shared by every request. */
export type AppServices = {
  config: Config;
  orm: MikroORM;
  loginThrottle: LoginThrottle;
  catalog: CatalogIndexCache;
  sdkRateLimiter: TokenBuckets;
  usage: UsageMeter;
  now: () => Date;
};

export type Context = {
  em: EntityManager;
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
  const em = app.orm.em.fork();
  const principal = await authenticate(em, request.headers.authorization, app.now());
  // An API key acts for exactly one tenant: every read of this request is narrowed to it.
  if (principal.kind === 'apiKey') scopeToTenant(em, principal.tenantId);
  return {
    em,
    principal,
    requestId: request.id,
    clientIp: request.ip,
    log: request.log,
    app,
    audit: {},
    roles: new Map(),
  };
}
