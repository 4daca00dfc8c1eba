import { useQuery } from '@apollo/client/react';
import { Anchor, EmptyState, LoadingState, Stack, Text, Title } from '@vicinity/ui';
import { Link, useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { draftFromCampaign, emptyDraft } from './campaign-draft';
import { CampaignEditor } from './campaign-editor';
import { canChangeCampaigns } from './campaign-permissions';
import { isEditable, statusLabels } from './campaign-status';
import { EditCampaignPageQuery, NewCampaignPageQuery } from './campaigns.operations';

function EditorHeading({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <Stack gap={4}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text c="dimmed">{subtitle}</Text>
    </Stack>
  );
}

function ReadOnlyNotice({ tenantId, message }: { tenantId: string; message: string }) {
  return (
    <EmptyState
      title="You cannot edit this campaign"
      description={message}
      action={
        <Anchor component={Link} to={`/t/${tenantId}/campaigns`}>
          Back to campaigns
        </Anchor>
      }
    />
  );
}

const readOnlyRoleMessage = 'Your role in this tenant lets you read campaigns, not change them.';

export function NewCampaignPage() {
  const { tenantId = '' } = useParams();
  const { data, error, refetch } = useQuery(NewCampaignPageQuery, { variables: { tenantId } });

  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading…" />;
  if (!canChangeCampaigns(data.tenant.myRole))
    return <ReadOnlyNotice tenantId={tenantId} message={readOnlyRoleMessage} />;

  return (
    <Stack gap="lg">
      <EditorHeading
        title="New campaign"
        subtitle="Write the notification, choose where it reaches people, then when."
      />
      <CampaignEditor tenant={data.tenant} initialDraft={emptyDraft()} />
    </Stack>
  );
}

export function EditCampaignPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, error, refetch } = useQuery(EditCampaignPageQuery, {
    variables: { tenantId, id },
    // The editor starts from the latest saved settings, not from what the cache last saw.
    fetchPolicy: 'network-only',
  });

  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading campaign…" />;
  const { tenant, campaign } = data;
  if (!canChangeCampaigns(tenant.myRole)) return <ReadOnlyNotice tenantId={tenantId} message={readOnlyRoleMessage} />;
  if (!isEditable(campaign.status) || campaign.archivedAt) {
    return (
      <ReadOnlyNotice
        tenantId={tenantId}
        message={
          campaign.archivedAt
            ? 'Archived campaigns cannot be changed. Duplicate it to start again from its settings.'
            : `Only draft or paused campaigns can be changed; this one is ${statusLabels[campaign.status].toLowerCase()}.`
        }
      />
    );
  }

  return (
    <Stack gap="lg">
      <EditorHeading title={`Edit “${campaign.name}”`} subtitle={`${statusLabels[campaign.status]} campaign`} />
      <CampaignEditor
        key={campaign.id}
        tenant={tenant}
        initialDraft={draftFromCampaign(campaign)}
        campaignId={campaign.id}
      />
    </Stack>
  );
}
