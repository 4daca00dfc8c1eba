import { EntitySchema } from '@mikro-orm/core';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { Tenant } from '../tenants/tenant.entity';
import { Campaign } from './campaign.entity';

/** One place a campaign reaches: a geofence or a beacon of the same tenant. */
export class CampaignTarget {
  id: string = newId();
  tenant: Tenant;
  campaign: Campaign;
  geofence?: Geofence;
  beacon?: Beacon;

  constructor(campaign: Campaign, place: { geofence: Geofence } | { beacon: Beacon }) {
    this.tenant = campaign.tenant;
    this.campaign = campaign;
    Object.assign(this, place);
  }
}

export const CampaignTargetSchema = new EntitySchema<CampaignTarget>({
  class: CampaignTarget,
  tableName: 'campaign_target',
  filters: { tenant: tenantFilter },
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    campaign: { kind: 'm:1', entity: () => Campaign, deleteRule: 'cascade', index: true },
    geofence: { kind: 'm:1', entity: () => Geofence, nullable: true, deleteRule: 'cascade', index: true },
    beacon: { kind: 'm:1', entity: () => Beacon, nullable: true, deleteRule: 'cascade', index: true },
  },
});
