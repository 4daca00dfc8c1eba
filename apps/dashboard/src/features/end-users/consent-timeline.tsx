import type { EndUserProfileDetails_EndUserProfileFragment } from '@vicinity/schema/graphql';
import { Text, TimelineList } from '@vicinity/ui';
import { formatDateTime } from '../privacy/format-date-time';
import { purposeLabels, sourceLabels } from './end-user-labels';

type Consent = EndUserProfileDetails_EndUserProfileFragment['consents'][number];

export function ConsentTimeline({ consents }: { consents: readonly Consent[] }) {
  if (consents.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No consent recorded: nothing based on consent happens for this end user.
      </Text>
    );
  }
  const newestFirst = [...consents].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  return (
    <TimelineList
      label="Consent history"
      entries={newestFirst.map((consent, index) => ({
        key: `${consent.recordedAt}-${consent.purpose}-${index}`,
        title: `${purposeLabels[consent.purpose]}: ${consent.granted ? 'granted' : 'withdrawn'}`,
        color: consent.granted ? 'teal' : 'red',
        time: formatDateTime(consent.recordedAt),
        details: (
          <Text size="sm" c="dimmed">
            Policy version {consent.policyVersion} · via {sourceLabels[consent.source]}
          </Text>
        ),
      }))}
    />
  );
}
