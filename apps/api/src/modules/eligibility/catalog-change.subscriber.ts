import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { CampaignTarget } from '../campaigns/campaign-target.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { catalogChanged } from './catalog-version';

const CATALOG = new Set<string>([Geofence.name, Beacon.name, Campaign.name, CampaignTarget.name]);

/** Every flush that touches places or campaigns moves the tenant's catalog version, whichever service made it. */
export class CatalogChangeSubscriber implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const tenants = new Set<string>();
    for (const change of uow.getChangeSets()) {
      if (!CATALOG.has(change.meta.className)) continue;
      const tenant = (change.entity as { tenant?: { id: string } }).tenant;
      if (tenant) tenants.add(tenant.id);
    }
    for (const tenantId of tenants) await catalogChanged(em, tenantId);
  }
}
