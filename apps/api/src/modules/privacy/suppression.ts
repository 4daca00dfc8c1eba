import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Tenant } from '../tenants/tenant.entity';
import { SuppressedDevice } from './suppressed-device.entity';

/** HMAC-SHA256 of (tenant, deviceId): the list can answer "is this device suppressed?" but never name a device. */
export const deviceHash = (secret: string, tenantId: string, deviceId: string): string =>
  createHmac('sha256', secret).update(`${tenantId}\n${deviceId}`).digest('hex');

export async function isSuppressed(
  em: EntityManager,
  secret: string,
  tenantId: string,
  deviceId: string,
): Promise<boolean> {
  return (
    (await em.count(SuppressedDevice, { tenant: tenantId, deviceHash: deviceHash(secret, tenantId, deviceId) })) > 0
  );
}

/** Idempotent: suppressing a device twice leaves one entry. */
export async function suppressDevice(
  em: EntityManager,
  secret: string,
  tenant: Tenant,
  deviceId: string,
): Promise<void> {
  const hash = deviceHash(secret, tenant.id, deviceId);
  if (await em.count(SuppressedDevice, { tenant: tenant.id, deviceHash: hash })) return;
  em.persist(new SuppressedDevice(tenant, hash));
}
