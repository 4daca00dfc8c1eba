import { EntitySchema } from '@mikro-orm/core';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Campaign } from '../campaigns/campaign.entity';
import { EndUser } from '../end-users/end-user.entity';
import { Tenant } from '../tenants/tenant.entity';
import { EngagementType } from './engagement-type';

/** What happened to an offer on a device. Kept for the tenant's retention period only. */
export class EngagementEvent {
  id: string = newId();
  tenant: Tenant;
  endUser: EndUser;
  campaign: Campaign;
  type: EngagementType;
  occurredAt: Date;
  receivedAt: Date = new Date();

  constructor(init: { tenant: Tenant; endUser: EndUser; campaign: Campaign; type: EngagementType; occurredAt: Date }) {
    this.tenant = init.tenant;
    this.endUser = init.endUser;
    this.campaign = init.campaign;
    this.type = init.type;
    this.occurredAt = init.occurredAt;
  }
}

export const EngagementEventSchema = new EntitySchema<EngagementEvent>({
  class: EngagementEvent,
  tableName: 'engagement_event',
  filters: { tenant: tenantFilter },
  indexes: [
    { properties: ['campaign', 'occurredAt'] },
    { properties: ['endUser', 'campaign', 'type', 'occurredAt'] },
    { properties: ['tenant', 'occurredAt'] },
  ],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    endUser: { kind: 'm:1', entity: () => EndUser, deleteRule: 'cascade' },
    campaign: { kind: 'm:1', entity: () => Campaign, deleteRule: 'cascade' },
    type: { enum: true, items: () => EngagementType },
    occurredAt: { type: 'datetime' },
    receivedAt: { type: 'datetime' },
  },
});
