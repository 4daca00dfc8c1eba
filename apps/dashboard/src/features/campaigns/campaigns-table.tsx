import type { CampaignsTable_CampaignFragment } from '@vicinity/schema/graphql';
import { Anchor, Badge, DataTable, Group, Stack, Text, type DataTableColumn } from '@vicinity/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { describeDates } from './campaign-dates';
import { CampaignStatusBadge } from './campaign-status-badge';
import { describeTrigger } from './campaign-trigger';

export interface CampaignsTableProps {
  tenantId: string;
  campaigns: readonly CampaignsTable_CampaignFragment[];
  empty: ReactNode;
}

const SMALL_COHORT = 'Fewer than 5 people: the exact number is withheld so nobody can be singled out.';

/** The API's display text as is: "< 5" stays "< 5", never a number. */
function Figure({ count }: { count: { value: number | null; display: string } }) {
  return (
    <Text size="sm" title={count.value === null ? SMALL_COHORT : undefined}>
      {count.value === null ? count.display : count.value.toLocaleString('en')}
    </Text>
  );
}

export function CampaignsTable({ tenantId, campaigns, empty }: CampaignsTableProps) {
  const columns: DataTableColumn<CampaignsTable_CampaignFragment>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (campaign) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/t/${tenantId}/campaigns/${campaign.id}`} fw={600}>
            {campaign.name}
          </Anchor>
          {campaign.tags.length > 0 ? (
            <Group gap={4}>
              {campaign.tags.map((tag) => (
                <Badge key={tag} variant="outline" size="xs">
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      render: (campaign) => (
        <Group gap={4}>
          <CampaignStatusBadge status={campaign.status} />
          {campaign.archivedAt ? (
            <Badge variant="outline" color="gray">
              Archived
            </Badge>
          ) : null}
        </Group>
      ),
    },
    {
      key: 'trigger',
      header: 'Trigger',
      render: (campaign) => describeTrigger(campaign.trigger, campaign.dwellMinutes),
    },
    {
      key: 'dates',
      header: 'Dates',
      render: (campaign) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {describeDates(campaign.schedule)}
        </Text>
      ),
    },
    {
      key: 'delivered',
      header: 'Delivered',
      render: (campaign) => <Figure count={campaign.figures.delivered} />,
    },
    {
      key: 'opened',
      header: 'Opened',
      render: (campaign) => <Figure count={campaign.figures.opened} />,
    },
    {
      key: 'priority',
      header: 'Priority',
      render: (campaign) => <Text size="sm">{campaign.priority}</Text>,
    },
    { key: 'updated', header: 'Updated', render: (campaign) => formatDate(campaign.updatedAt) },
  ];

  return (
    <DataTable
      label="Campaigns"
      columns={columns}
      rows={campaigns}
      rowKey={(campaign) => campaign.id}
      minWidth={960}
      empty={empty}
    />
  );
}
