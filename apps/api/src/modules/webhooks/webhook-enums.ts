import { registerEnumType } from 'type-graphql';

export enum WebhookEventType {
  CAMPAIGN_STATUS_CHANGED = 'CAMPAIGN_STATUS_CHANGED',
  PLACE_CHANGED = 'PLACE_CHANGED',
  ENGAGEMENT_RECORDED = 'ENGAGEMENT_RECORDED',
  CONSENT_CHANGED = 'CONSENT_CHANGED',
  PRIVACY_REQUEST_COMPLETED = 'PRIVACY_REQUEST_COMPLETED',
  END_USER_ERASED = 'END_USER_ERASED',
  /** Sent only by sendTestWebhook, to every endpoint whatever it subscribes to. */
  TEST = 'TEST',
}

/** The event's name on the wire, in the payload's `type`. */
export const wireEventName: Record<WebhookEventType, string> = {
  CAMPAIGN_STATUS_CHANGED: 'campaign.status_changed',
  PLACE_CHANGED: 'place.changed',
  ENGAGEMENT_RECORDED: 'engagement.recorded',
  CONSENT_CHANGED: 'consent.changed',
  PRIVACY_REQUEST_COMPLETED: 'privacy_request.completed',
  END_USER_ERASED: 'end_user.erased',
  TEST: 'webhook.test',
};

export enum WebhookDeliveryStatus {
  /** Waiting for its first attempt. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** The last attempt failed; another is due at nextAttemptAt. */
  FAILED = 'FAILED',
  /** Every attempt failed; kept for replay. */
  DEAD = 'DEAD',
}

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  valuesConfig: { TEST: { description: 'a test event, from sendTestWebhook' } },
});
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });
