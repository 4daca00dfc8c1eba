import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { chunks } from '../../db/chunks';
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

/** Idempotent: suppressing a device twice leaves one entry. Persisted with the caller's next flush. */
export async function suppressDevices(
  em: EntityManager,
  secret: string,
  tenant: Tenant,
  deviceIds: string[],
): Promise<void> {
  const hashes = new Set(deviceIds.map((d) => deviceHash(secret, tenant.id, d)));
  for (const chunk of chunks([...hashes])) {
    const known = await em.find(SuppressedDevice, { tenant: tenant.id, deviceHash: { $in: chunk } });
    for (const s of known) hashes.delete(s.deviceHash);
  }
  for (const hash of hashes) em.persist(new SuppressedDevice(tenant, hash));
}

export const suppressDevice = (em: EntityManager, secret: string, tenant: Tenant, deviceId: string): Promise<void> =>
  suppressDevices(em, secret, tenant, [deviceId]);
