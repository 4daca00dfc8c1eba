import type { PrivacyRequestDetails_PrivacyRequestFragment } from '@vicinity/schema/graphql';
import { Text, TimelineList } from '@vicinity/ui';
import { formatDateTime } from './format-date-time';

type RequestEvent = PrivacyRequestDetails_PrivacyRequestFragment['events'][number];

const actionLabels: Record<string, string> = {
  RECEIVED: 'Received',
  EXTENDED: 'Deadline extended',
  COMPLETED: 'Completed',
  DENIED: 'Denied',
  LINKED: 'Linked to an open request',
};

const actionColors: Record<string, string> = { DENIED: 'red', EXTENDED: 'yellow', COMPLETED: 'teal' };

function actionLabel(action: string): string {
  const known = actionLabels[action];
  if (known) return known;
  const words = action.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function PrivacyRequestTimeline({ events }: { events: readonly RequestEvent[] }) {
  return (
    <TimelineList
      label="Request timeline"
      entries={events.map((event, index) => ({
        key: `${event.at}-${index}`,
        title: actionLabel(event.action),
        time: event.actorName ? `${formatDateTime(event.at)} · ${event.actorName}` : formatDateTime(event.at),
        color: actionColors[event.action],
        details: event.note ? <Text size="sm">{event.note}</Text> : undefined,
      }))}
    />
  );
}
