import type { MikroORM } from '@mikro-orm/core';
import { Membership } from '../modules/auth/membership.entity';
import { Operator } from '../modules/auth/operator.entity';
import { hashPassword } from '../modules/auth/password';
import { Role } from '../modules/auth/role';
import { Tenant } from '../modules/tenants/tenant.entity';

export const DEMO_EMAIL = 'demo@vicinity.local';
export const DEMO_PASSWORD = 'vicinity-demo-2026';
export const DEMO_TENANT_NAME = 'Demo Coffee Co.';

/** On a database nobody has used yet, a demo operator who owns a demo tenant. */
export async function seedDemo(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  if ((await em.count(Operator, {})) > 0) return;
  const operator = new Operator(DEMO_EMAIL, 'Demo Owner', await hashPassword(DEMO_PASSWORD));
  const tenant = new Tenant(DEMO_TENANT_NAME);
  em.persist([operator, tenant, new Membership(tenant, operator, Role.OWNER)]);
  await em.flush();
}
