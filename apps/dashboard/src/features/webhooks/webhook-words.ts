import type { WebhookDeliveryStatus, WebhookEventType } from '@vicinity/schema/graphql';

export const eventLabels: Record<WebhookEventType, string> = {
  CAMPAIGN_STATUS_CHANGED: 'Campaign status changed',
  PLACE_CHANGED: 'Place changed',
  ENGAGEMENT_RECORDED: 'Engagement recorded',
  CONSENT_CHANGED: 'Consent changed',
  PRIVACY_REQUEST_COMPLETED: 'Privacy request completed',
  END_USER_ERASED: 'End user erased',
  TEST: 'Test event',
};

const eventDescriptions: Record<Exclude<WebhookEventType, 'TEST'>, string> = {
  CAMPAIGN_STATUS_CHANGED: 'A campaign starts, is paused, resumed or ends.',
  PLACE_CHANGED: 'A geofence or beacon is created, changed or archived.',
  ENGAGEMENT_RECORDED: 'A message is delivered, opened, clicked or dismissed.',
  CONSENT_CHANGED: 'An end user grants or withdraws consent.',
  PRIVACY_REQUEST_COMPLETED: 'An access or erasure request is completed.',
  END_USER_ERASED: 'An end user is erased: erase them in your systems too.',
};

/** The events an endpoint can subscribe to, in the order the form lists them (a test event is sent on request). */
export const subscribableEvents = (Object.keys(eventDescriptions) as Exclude<WebhookEventType, 'TEST'>[]).map(
  (event) => ({ value: event, label: eventLabels[event], description: eventDescriptions[event] }),
);

export const deliveryStatusLabels: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'Pending',
  DELIVERED: 'Delivered',
  FAILED: 'Failed, retrying',
  DEAD: 'Dead (gave up)',
};

/** Badge colours; the theme darkens every light badge's text to at least 4.5:1 on its background. */
export const deliveryStatusColors: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'gray',
  DELIVERED: 'green',
  FAILED: 'orange',
  DEAD: 'red',
};

export const deliveryStatusFilterOptions = [
  { value: '', label: 'Every status' },
  ...(Object.keys(deliveryStatusLabels) as WebhookDeliveryStatus[]).map((status) => ({
    value: status,
    label: deliveryStatusLabels[status],
  })),
];

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** With seconds: deliveries of the same minute are told apart. */
export function formatDeliveryTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
