import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, IconPlus, IconSpeakerphone, LoadingState, Stack, Text, Title } from '@vicinity/ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { CampaignFilters } from './campaign-filters';
import { canChangeCampaigns } from './campaign-permissions';
import { ENGAGEMENT_EXPORTERS, EngagementExportButton } from './engagement-export.dialog';
import { CampaignsPageQuery } from './campaigns.operations';
import { CampaignsTable } from './campaigns-table';
import { useCampaignFilters } from './use-campaign-filters';

const pageSize = 20;

export function CampaignsPage() {
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const { filters, filtered, setFilter, clearFilters } = useCampaignFilters();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(CampaignsPageQuery, {
    variables: {
      tenantId,
      status: filters.status,
      trigger: filters.trigger,
      tag: filters.tag.trim() || undefined,
      search: filters.search.trim() || undefined,
      archived: filters.view === 'archived' ? true : undefined,
      first: pageSize,
    },
    // Statuses change elsewhere (detail page, other operators): show the cached list, then refresh it.
    fetchPolicy: 'cache-and-network',
  });
  // While new filters load, keep the tenant's role from the previous answer so the header does not flicker.
  const shown = data ?? previousData;
  const newCampaign = () => void navigate(`/t/${tenantId}/campaigns/new`);
  const canChange = canChangeCampaigns(shown?.tenant.myRole);

  async function loadMore() {
    const cursor = data?.campaigns.pageInfo.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          campaigns: {
            ...fetchMoreResult.campaigns,
            edges: [...previous.campaigns.edges, ...fetchMoreResult.campaigns.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Campaigns
          </Title>
          <Text c="dimmed">
            Notifications that reach people at your places.
            {shown && !canChange ? ' Your role lets you read campaigns, not change them.' : ''}
          </Text>
        </Stack>
        <Group gap="sm">
          {shown?.tenant.myRole && ENGAGEMENT_EXPORTERS.includes(shown.tenant.myRole) ? (
            <EngagementExportButton tenantId={tenantId} />
          ) : null}
          {canChange ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={newCampaign}>
              New campaign
            </Button>
          ) : null}
        </Group>
      </Group>
      <CampaignFilters filters={filters} onChange={setFilter} />
      {error ? (
        <QueryErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label="Loading campaigns…" />
      ) : (
        <>
          <CampaignsTable
            tenantId={tenantId}
            campaigns={data.campaigns.edges.map((edge) => edge.node)}
            empty={
              filtered ? (
                <EmptyState
                  title="No campaigns match these filters"
                  description="Try another status, trigger, tag or name."
                  action={
                    <Button variant="secondary" onClick={clearFilters}>
                      Clear filters
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  icon={<IconSpeakerphone aria-hidden />}
                  title="No campaigns yet"
                  description="A campaign sends a notification when people enter, stay in or come near your places."
                  action={canChange ? <Button onClick={newCampaign}>Create your first campaign</Button> : undefined}
                />
              )
            }
          />
          {data.campaigns.edges.length > 0 ? (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Showing {data.campaigns.edges.length} of {data.campaigns.totalCount}
              </Text>
              {data.campaigns.pageInfo.hasNextPage ? (
                <Button variant="secondary" onClick={() => void loadMore()} loading={loadingMore || loading}>
                  Load more
                </Button>
              ) : null}
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
