import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, IconArrowLeft, LoadingState, Stack, Text, Title } from '@vicinity/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { QueryErrorState } from '../../shared/query-error-state';
import { draftFromCampaign } from './campaign-draft';
import { CampaignManageActions } from './campaign-manage-actions';
import { canChangeCampaigns } from './campaign-permissions';
import { CampaignStats } from './campaign-stats';
import { CampaignTestSend } from './campaign-test-send';
import { CampaignStatusActions } from './campaign-status-actions';
import { CampaignStatusBadge } from './campaign-status-badge';
import { CampaignSummary } from './campaign-summary';
import { CampaignDetailPageQuery } from './campaigns.operations';

export function CampaignDetailPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, error, refetch } = useQuery(CampaignDetailPageQuery, { variables: { tenantId, id } });
  const [actionError, setActionError] = useState<string | null>(null);

  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading campaign…" />;

  const { tenant, campaign } = data;
  const canChange = canChangeCampaigns(tenant.myRole);
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Anchor component={Link} to={`/t/${tenantId}/campaigns`} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            Campaigns
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} size="h2">
                {campaign.name}
              </Title>
              <CampaignStatusBadge status={campaign.status} />
              {campaign.archivedAt ? (
                <Badge variant="outline" color="gray">
                  Archived
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              Created {formatDate(campaign.createdAt)} · updated {formatDate(campaign.updatedAt)}
            </Text>
          </Stack>
          {canChange ? (
            <Group gap="xs" role="toolbar" aria-label="Campaign actions">
              {campaign.archivedAt ? null : <CampaignStatusActions campaign={campaign} onError={setActionError} />}
              <CampaignManageActions tenantId={tenantId} campaign={campaign} onError={setActionError} />
            </Group>
          ) : null}
        </Group>
        {actionError ? (
          <Alert
            color="red"
            role="alert"
            title="That did not work"
            withCloseButton
            onClose={() => setActionError(null)}
          >
            {actionError}
          </Alert>
        ) : null}
      </Stack>
      <CampaignStats campaignId={campaign.id} timezone={tenant.timezone} />
      <CampaignTestSend campaignId={campaign.id} />
      <Stack gap="sm">
        <Title order={2} size="h4">
          Settings
        </Title>
        <CampaignSummary draft={draftFromCampaign(campaign)} timezone={tenant.timezone} />
      </Stack>
    </Stack>
  );
}
