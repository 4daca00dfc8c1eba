import { useQuery } from '@apollo/client/react';
import { Anchor, Group, IconArrowLeft, LoadingState, Paper, Stack, Text, Title } from '@vicinity/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { AccessExport } from './access-export';
import { ErasedCountsTable } from './erased-counts-table';
import { PrivacyRequestQuery } from './privacy.operations';
import { privacyForbiddenMessage } from './privacy-access';
import { PrivacyRequestActions, type CompletedRequest } from './privacy-request-actions';
import { PrivacyRequestFacts } from './privacy-request-facts';
import { isErasure, isOpen, requestTypeLabels } from './privacy-request-labels';
import { PrivacyRequestTimeline } from './privacy-request-timeline';

export function PrivacyRequestPage() {
  const { tenantId = '', requestId = '' } = useParams();
  const { data, error, refetch } = useQuery(PrivacyRequestQuery, { variables: { id: requestId } });
  const [completed, setCompleted] = useState<CompletedRequest | null>(null);

  const back = (
    <Anchor component={Link} to={`/t/${tenantId}/privacy`} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        Privacy requests
      </Group>
    </Anchor>
  );

  if (error) {
    return (
      <Stack gap="lg">
        {back}
        <QueryErrorState error={error} onRetry={() => void refetch()} forbiddenMessage={privacyForbiddenMessage} />
      </Stack>
    );
  }
  if (!data) return <LoadingState label="Loading the request…" />;

  const request = data.privacyRequest;
  const erased = completed?.erased ?? request.erased;
  // The mutation's answer arrives before the refetched request: trust it for what to show next.
  const done = completed !== null || request.status === 'COMPLETED';
  const exportExpiresAt = completed ? completed.request.accessExportExpiresAt : request.accessExportExpiresAt;
  return (
    <Stack gap="lg">
      {back}
      <Group justify="space-between" align="flex-start">
        <Title order={1} size="h2">
          {requestTypeLabels[request.type]} request
        </Title>
        {isOpen(request.status) && !completed ? (
          <PrivacyRequestActions request={request} onCompleted={setCompleted} />
        ) : null}
      </Group>
      {request.type === 'ACCESS' && exportExpiresAt ? (
        <AccessExport requestId={request.id} expiresAt={exportExpiresAt} />
      ) : null}
      <Paper withBorder p="md" radius="md">
        <PrivacyRequestFacts tenantId={tenantId} request={request} />
      </Paper>
      {isErasure(request.type) && done ? (
        <Stack gap="xs">
          <Title order={2} size="h4">
            Erasure receipt
          </Title>
          <ErasedCountsTable label="Erasure receipt" counts={erased} emptyTitle="Nothing was held about this person" />
        </Stack>
      ) : null}
      <Stack gap="xs">
        <Title order={2} size="h4">
          Timeline
        </Title>
        {request.events.length > 0 ? (
          <PrivacyRequestTimeline events={request.events} />
        ) : (
          <Text size="sm" c="dimmed">
            Nothing has happened yet.
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
