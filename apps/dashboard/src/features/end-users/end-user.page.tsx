import { useQuery } from '@apollo/client/react';
import { Anchor, Group, IconArrowLeft, LoadingState, Paper, Stack, Title } from '@vicinity/ui';
import { Link, useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { privacyForbiddenMessage } from '../privacy/privacy-access';
import { ConsentTimeline } from './consent-timeline';
import { EndUserActions } from './end-user-actions';
import { EndUserFacts } from './end-user-facts';
import { EndUserQuery } from './end-users.operations';
import { PolicyDecision } from './policy-decision';

export function EndUserPage() {
  const { tenantId = '', endUserId = '' } = useParams();
  const { data, error, refetch } = useQuery(EndUserQuery, {
    variables: { id: endUserId },
    // Once shown, the profile follows the cache alone: erasing the end user evicts it, and a refetch would ask the
    // API for someone who no longer exists.
    nextFetchPolicy: 'cache-only',
  });

  const back = (
    <Anchor component={Link} to={`/t/${tenantId}/end-users`} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        End users
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
  if (!data) return <LoadingState label="Loading the end user…" />;

  const endUser = data.endUser;
  return (
    <Stack gap="lg">
      {back}
      <Group justify="space-between" align="flex-start">
        <Title order={1} size="h2">
          End user
        </Title>
        <EndUserActions tenantId={tenantId} endUser={endUser} />
      </Group>
      <PolicyDecision decision={endUser.decision} />
      <Paper withBorder p="md" radius="md">
        <EndUserFacts endUser={endUser} />
      </Paper>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Consent history
        </Title>
        <ConsentTimeline consents={endUser.consents} />
      </Stack>
    </Stack>
  );
}
