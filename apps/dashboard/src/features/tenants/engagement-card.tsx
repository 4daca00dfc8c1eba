import type { EngagementPeriod_PeriodFragment, TrendFigure_FigureFragment } from '@vicinity/schema/graphql';
import { Group, Stack, Text } from '@vicinity/ui';
import { count } from '../../shared/words';
import { BigFigure, OverviewCard } from './overview-card';
import { describeTrend } from './trend';

const SMALL_COHORT = 'Fewer than 5 people: the exact number is withheld so nobody can be singled out.';

function PeriodFigure({ figure, days }: { figure: TrendFigure_FigureFragment; days: number }) {
  const trend = describeTrend(figure.change);
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        Last {count(days, 'day', 'days')}
      </Text>
      <Group gap="xs" align="baseline" wrap="wrap">
        <BigFigure hint={figure.current.value === null ? SMALL_COHORT : undefined}>{figure.current.display}</BigFigure>
        <Text size="sm" c={trend.color} data-trend={trend.direction}>
          {trend.direction === 'none' ? trend.label : `${trend.label} on the ${count(days, 'day', 'days')} before`}
        </Text>
      </Group>
    </Stack>
  );
}

export type EngagementMeasure = 'delivered' | 'opened' | 'reach';

export interface EngagementCardProps {
  title: string;
  measure: EngagementMeasure;
  periods: readonly EngagementPeriod_PeriodFragment[];
  to: string;
}

/** Deliveries, opens or reach over the last 7 and 30 days, each against the period before. */
export function EngagementCard({ title, measure, periods, to }: EngagementCardProps) {
  return (
    <OverviewCard title={title} to={to}>
      {periods.map((period) => (
        <PeriodFigure key={period.days} figure={period[measure]} days={period.days} />
      ))}
    </OverviewCard>
  );
}
