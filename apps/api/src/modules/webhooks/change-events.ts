import { type ChangeSet, ChangeSetType } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity';
import { ConsentRecord } from '../end-users/consent-record.entity';
import { EngagementEvent } from '../engagement/engagement-event.entity';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { PrivacyRequest } from '../privacy/privacy-request.entity';
import { PrivacyRequestStatus } from '../privacy/privacy-request-enums';
import type { OutboxEvent } from './webhook-outbox';
import { WebhookEventType } from './webhook-enums';

type Change = ChangeSet<object>;

const iso = (d: Date | undefined | null) => (d ? new Date(d).toISOString() : null);
const before = <T>(change: Change, key: string): T | undefined =>
  (change.originalEntity as Record<string, unknown> | undefined)?.[key] as T | undefined;
const changed = (change: Change, key: string) => change.payload && key in change.payload;

function placeChange(change: Change): string | null {
  if (change.type === ChangeSetType.CREATE) return 'CREATED';
  if (change.type === ChangeSetType.DELETE) return 'DELETED';
  if (changed(change, 'archivedAt')) return (change.entity as Geofence | Beacon).archivedAt ? 'ARCHIVED' : 'RESTORED';
  return 'UPDATED';
}

/**
 * The webhook event a change to one entity causes, if any, with the least data that serves it. Found from the flush's
 * change sets, so every service's change is heard without each remembering to announce it.
 */
export function webhookEventOf(change: Change, at: Date): Omit<OutboxEvent, 'tenantId'> | null {
  const entity = change.entity;
  if (entity instanceof Campaign) {
    if (change.type === ChangeSetType.DELETE) return null;
    const previous = change.type === ChangeSetType.CREATE ? null : before<string>(change, 'status');
    if (change.type !== ChangeSetType.CREATE && !changed(change, 'status')) return null;
    return {
      event: WebhookEventType.CAMPAIGN_STATUS_CHANGED,
      data: { campaignId: entity.id, name: entity.name, status: entity.status, previousStatus: previous ?? null },
      at,
    };
  }
  if (entity instanceof Geofence || entity instanceof Beacon) {
    const kind = entity instanceof Geofence ? 'GEOFENCE' : 'BEACON';
    return {
      event: WebhookEventType.PLACE_CHANGED,
      data: { placeId: entity.id, kind, name: entity.name, change: placeChange(change) },
      at,
    };
  }
  if (entity instanceof EngagementEvent && change.type === ChangeSetType.CREATE) {
    return {
      event: WebhookEventType.ENGAGEMENT_RECORDED,
      data: { campaignId: entity.campaign.id, type: entity.type, occurredAt: iso(entity.occurredAt) },
      endUserId: entity.endUser.id,
      at,
    };
  }
  if (entity instanceof ConsentRecord && change.type === ChangeSetType.CREATE) {
    return {
      event: WebhookEventType.CONSENT_CHANGED,
      data: { purpose: entity.purpose, granted: entity.granted, recordedAt: iso(entity.recordedAt) },
      endUserId: entity.endUser.id,
      at,
    };
  }
  if (
    entity instanceof PrivacyRequest &&
    change.type === ChangeSetType.UPDATE &&
    changed(change, 'status') &&
    entity.status === PrivacyRequestStatus.COMPLETED
  ) {
    return {
      event: WebhookEventType.PRIVACY_REQUEST_COMPLETED,
      data: { privacyRequestId: entity.id, type: entity.type, completedAt: iso(entity.completedAt) },
      at,
    };
  }
  return null;
}
