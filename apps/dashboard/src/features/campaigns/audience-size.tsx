import { useQuery } from '@apollo/client/react';
import { Card, ErrorState, LoadingState, Text } from '@vicinity/ui';
import { describeError } from '../../shared/graphql-errors';
import { CampaignAudienceSizeQuery } from './campaigns.operations';

const smallAudience = 'Fewer than 5 people: the exact number is withheld so nobody can be singled out.';

function SavedAudienceSize({ campaignId }: { campaignId: string }) {
  // The audience changes as people install, consent and move: count it again each time the review opens.
  const { data, error, refetch } = useQuery(CampaignAudienceSizeQuery, {
    variables: { campaignId },
    fetchPolicy: 'network-only',
  });

  if (error) {
    const { message, retryable } = describeError(error);
    return (
      <ErrorState
        title="Could not count the audience"
        message={message}
        onRetry={retryable ? () => void refetch() : undefined}
      />
    );
  }
  if (!data) return <LoadingState label="Counting the audience…" />;
  const { value, display } = data.campaignAudienceSize;
  // The API's text as is: "< 5" must never turn into a number.
  return (
    <Text size="xl" fw={700} title={value === null ? smallAudience : undefined}>
      {display}
    </Text>
  );
}

export interface AudienceSizeProps {
  /** The saved campaign; a new one has no audience to count until it is saved as a draft. */
  campaignId?: string;
}

export function AudienceSize({ campaignId }: AudienceSizeProps) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Audience size">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        Audience size
      </Text>
      {campaignId ? (
        <>
          <SavedAudienceSize campaignId={campaignId} />
          <Text size="xs" c="dimmed">
            People the campaign may reach now: those whose consent and settings allow it.
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed" mt={4}>
          Saved drafts show their audience size.
        </Text>
      )}
    </Card>
  );
}
