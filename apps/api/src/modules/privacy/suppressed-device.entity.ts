import { EntitySchema } from '@mikro-orm/core';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';

/**
 * A device that must never be stored again (a child's): only a keyed hash of (tenant, deviceId), so the list itself
 * holds no identifier.
 */
export class SuppressedDevice {
  id: string = newId();
  tenant: Tenant;
  deviceHash: string;
  reason: 'CHILD';
  createdAt: Date = new Date();

  constructor(tenant: Tenant, deviceHash: string) {
    this.tenant = tenant;
    this.deviceHash = deviceHash;
    this.reason = 'CHILD';
  }
}

export const SuppressedDeviceSchema = new EntitySchema<SuppressedDevice>({
  class: SuppressedDevice,
  tableName: 'suppressed_device',
  filters: { tenant: tenantFilter },
  uniques: [{ properties: ['tenant', 'deviceHash'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    deviceHash: { type: 'string', length: 64 },
    reason: { type: 'string', length: 16 },
    createdAt: { type: 'datetime' },
  },
});
