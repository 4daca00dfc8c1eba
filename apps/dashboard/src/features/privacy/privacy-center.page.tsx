import { useQuery } from '@apollo/client/react';
import {
  Button,
  Dialog,
  EmptyState,
  Group,
  IconPlus,
  IconShieldLock,
  LoadingState,
  LoadMoreFooter,
  Stack,
  Text,
  Title,
  toast,
} from '@vicinity/ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { QueryErrorState } from '../../shared/query-error-state';
import { appendPage } from './append-page';
import { NewPrivacyRequestForm } from './new-privacy-request.form';
import { PrivacyRequestsQuery } from './privacy.operations';
import { privacyForbiddenMessage } from './privacy-access';
import { requestTypeLabels } from './privacy-request-labels';
import { PrivacyRequestFilters } from './privacy-request-filters';
import { PrivacyRequestsTable } from './privacy-requests-table';
import { useLoadMore } from './use-load-more';
import { usePrivacyRequestFilters } from './use-privacy-request-filters';

const pageSize = 25;

export function PrivacyCenterPage() {
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { filters, setFilters, filtered, clearFilters } = usePrivacyRequestFilters();
  const { data, error, refetch, fetchMore } = useQuery(PrivacyRequestsQuery, {
    variables: {
      tenantId,
      status: filters.status,
      type: filters.type,
      overdue: filters.overdue || undefined,
      first: pageSize,
    },
    // Deadlines move every day and other officers act on the same queue.
    fetchPolicy: 'cache-and-network',
  });
  const { loadMore, loadingMore } = useLoadMore((after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        privacyRequests: appendPage(shown.privacyRequests, fetchMoreResult.privacyRequests),
      }),
    }),
  );
  const connection = data?.privacyRequests;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Privacy requests
          </Title>
          <Text c="dimmed">
            Requests from people about their data: open ones first, soonest deadline first, then the most recently
            closed.
          </Text>
        </Stack>
        {error ? null : (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            New request
          </Button>
        )}
      </Group>
      <PrivacyRequestFilters filters={filters} onChange={setFilters} />
      {error ? (
        <QueryErrorState error={error} onRetry={() => void refetch()} forbiddenMessage={privacyForbiddenMessage} />
      ) : !connection ? (
        <LoadingState label="Loading privacy requests…" />
      ) : (
        <>
          <PrivacyRequestsTable
            tenantId={tenantId}
            requests={connection.edges.map((edge) => edge.node)}
            empty={
              filtered ? (
                <EmptyState
                  title="No requests match these filters"
                  action={
                    <Button variant="secondary" onClick={clearFilters}>
                      Clear filters
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  icon={<IconShieldLock aria-hidden />}
                  title="No privacy requests"
                  description="When someone asks to see, correct, restrict or erase their data, record it here."
                />
              )
            }
          />
          {connection.edges.length > 0 ? (
            <LoadMoreFooter
              shown={connection.edges.length}
              total={connection.totalCount}
              hasMore={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              onLoadMore={() => void loadMore(connection.pageInfo.endCursor)}
            />
          ) : null}
        </>
      )}
      <Dialog opened={creating} onClose={() => setCreating(false)} title="New privacy request">
        <NewPrivacyRequestForm
          tenantId={tenantId}
          onCancel={() => setCreating(false)}
          onCreated={(request) => {
            setCreating(false);
            toast.success(`Due ${formatDate(request.dueAt)}.`, `${requestTypeLabels[request.type]} request recorded`);
            void navigate(`/t/${tenantId}/privacy/${request.id}`);
          }}
        />
      </Dialog>
    </Stack>
  );
}
