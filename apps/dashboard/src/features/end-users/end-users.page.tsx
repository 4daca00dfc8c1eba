import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, IconUserSearch, LoadingState, LoadMoreFooter, Stack, Text, Title } from '@vicinity/ui';
import { useParams, useSearchParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { appendPage } from '../privacy/append-page';
import { privacyForbiddenMessage } from '../privacy/privacy-access';
import { useLoadMore } from '../privacy/use-load-more';
import { EndUserSearchForm, type EndUserSearch } from './end-user-search.form';
import { EndUsersQuery } from './end-users.operations';
import { EndUsersTable } from './end-users-table';

const pageSize = 25;

export function EndUsersPage() {
  const { tenantId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const criteria: EndUserSearch = {
    search: params.get('search') ?? '',
    needsReconsent: params.get('needsReconsent') === 'true',
  };
  const { data, error, refetch, fetchMore } = useQuery(EndUsersQuery, {
    variables: {
      tenantId,
      search: criteria.search || undefined,
      needsReconsent: criteria.needsReconsent || undefined,
      first: pageSize,
    },
    fetchPolicy: 'cache-and-network',
  });
  const { loadMore, loadingMore } = useLoadMore((after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        endUsers: appendPage(shown.endUsers, fetchMoreResult.endUsers),
      }),
    }),
  );

  function search(next: EndUserSearch) {
    const nextParams = new URLSearchParams();
    if (next.search) nextParams.set('search', next.search);
    if (next.needsReconsent) nextParams.set('needsReconsent', 'true');
    setParams(nextParams);
  }

  const connection = data?.endUsers;
  const filtered = Boolean(criteria.search || criteria.needsReconsent);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          End users
        </Title>
        <Text c="dimmed">The people your apps registered. Find one to see their consent and act on a request.</Text>
      </Stack>
      <EndUserSearchForm value={criteria} onSearch={search} />
      {error ? (
        <QueryErrorState error={error} onRetry={() => void refetch()} forbiddenMessage={privacyForbiddenMessage} />
      ) : !connection ? (
        <LoadingState label="Loading end users…" />
      ) : (
        <>
          <EndUsersTable
            tenantId={tenantId}
            endUsers={connection.edges.map((edge) => edge.node)}
            empty={
              filtered ? (
                <EmptyState
                  icon={<IconUserSearch aria-hidden />}
                  title="No end user matches"
                  description="Search by the start of a device id, external id, email or name (3 characters or more). An erased end user is gone for good."
                  action={
                    <Button variant="secondary" onClick={() => search({ search: '', needsReconsent: false })}>
                      Clear search
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  icon={<IconUserSearch aria-hidden />}
                  title="No end users yet"
                  description="End users appear once your app's backend registers them with an API key."
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
    </Stack>
  );
}
