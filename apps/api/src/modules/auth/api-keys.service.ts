import type { Context } from '../../context';
import { ApiKey } from './api-key.entity';
import type { ApiKeyScope } from './api-key-scope';
import { loadForMember, requireMembership } from './authorization';
import type { Operator } from './operator.entity';
import { Role } from './role';
import { hashToken, newApiKey } from './secrets';

export async function listApiKeys(ctx: Context, tenantId: string): Promise<ApiKey[]> {
  await requireMembership(ctx, tenantId, [Role.OWNER]);
  return ctx.em.find(ApiKey, { tenant: tenantId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

export async function createApiKey(
  ctx: Context,
  operator: Operator,
  input: { tenantId: string; name: string; scopes: ApiKeyScope[] },
): Promise<{ apiKey: ApiKey; key: string }> {
  const { tenant } = await requireMembership(ctx, input.tenantId, [Role.OWNER]);
  const { key, prefix } = newApiKey();
  const apiKey = new ApiKey({
    tenant,
    name: input.name,
    prefix,
    keyHash: hashToken(key),
    scopes: input.scopes,
    createdById: operator.id,
  });
  await ctx.em.persistAndFlush(apiKey);
  ctx.audit.targetId = apiKey.id;
  return { apiKey, key };
}

/** Revoking twice is harmless and keeps the first revocation time. */
export async function revokeApiKey(ctx: Context, id: string): Promise<ApiKey> {
  const apiKey = await loadForMember(ctx, ApiKey, id, [Role.OWNER], 'API key');
  apiKey.revokedAt ??= ctx.app.now();
  await ctx.em.flush();
  return apiKey;
}
