import { useQuery } from '@apollo/client/react';
import type { CampaignStats_PointFragment, StatsBucket } from '@vicinity/schema/graphql';
import {
  DateRangeField,
  EmptyState,
  Group,
  IconChartLine,
  LoadingState,
  SelectField,
  Stack,
  Text,
  Title,
  type DateRange,
} from '@vicinity/ui';
import dayjs from 'dayjs';
import { useState } from 'react';
import { QueryErrorState } from '../../shared/query-error-state';
import { CampaignStatsQuery } from './campaigns.operations';
import { bucketOptions, isStatsBucket } from './stats-format';
import { lastSevenDays, rangeInterval } from './stats-range';
import { StatsCharts } from './stats-charts';
import { StatsTotals } from './stats-totals';

export interface CampaignStatsProps {
  campaignId: string;
  timezone: string;
}

// The API returns a point per bucket even when nothing happened; zero lines tell less than a plain sentence.
function hasEngagement({
  points,
  totals,
}: {
  points: readonly CampaignStats_PointFragment[];
  totals: CampaignStats_PointFragment;
}): boolean {
  return points.length > 0 && [totals.delivered, totals.opened, totals.clicked].some((count) => count.value !== 0);
}

export function CampaignStats({ campaignId, timezone }: CampaignStatsProps) {
  const [range, setRange] = useState<DateRange>(() => lastSevenDays());
  const [bucket, setBucket] = useState<StatsBucket>('DAY');
  const interval = rangeInterval(range);
  const { data, error, refetch } = useQuery(CampaignStatsQuery, {
    variables: { campaignId, from: interval?.from ?? '', to: interval?.to ?? '', bucket },
    skip: interval === null,
  });

  return (
    <Stack gap="md" component="section" aria-label="Engagement">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h4">
            Engagement
          </Title>
          <Text size="sm" c="dimmed">
            Only people who allowed analytics are counted. Periods follow the tenant’s time zone ({timezone}).
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end">
          <DateRangeField
            label="Period"
            value={range}
            onChange={setRange}
            maxDate={dayjs().format('YYYY-MM-DD')}
            style={{ minWidth: 240 }}
          />
          <SelectField
            label="Per"
            options={bucketOptions}
            value={bucket}
            onChange={(value) => {
              if (isStatsBucket(value)) setBucket(value);
            }}
          />
        </Group>
      </Group>
      {interval === null ? (
        <Text size="sm" c="dimmed">
          Pick the last day of the period.
        </Text>
      ) : error ? (
        <QueryErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label="Loading engagement…" />
      ) : (
        <>
          <StatsTotals totals={data.campaignStats.totals} />
          {!hasEngagement(data.campaignStats) ? (
            <EmptyState
              icon={<IconChartLine aria-hidden />}
              title="No engagement in this period"
              description="Deliveries, opens and clicks appear here once the campaign reaches people."
            />
          ) : (
            <StatsCharts points={data.campaignStats.points} bucket={bucket} />
          )}
        </>
      )}
    </Stack>
  );
}
