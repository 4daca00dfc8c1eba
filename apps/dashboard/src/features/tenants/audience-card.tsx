import type { OptInFigure_FigureFragment } from '@vicinity/schema/graphql';
import { Group, Progress, Stack, Text } from '@vicinity/ui';
import { count } from '../../shared/words';
import { formatRate } from '../campaigns/stats-format';
import { OverviewCard } from './overview-card';

const SMALL_COHORT = 'Fewer than 5 people: the exact number is withheld so nobody can be singled out.';

function OptInRow({ label, figure }: { label: string; figure: OptInFigure_FigureFragment }) {
  const rate = formatRate(figure.rate);
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={700} title={figure.count.value === null ? SMALL_COHORT : undefined}>
          {figure.rate === null ? figure.count.display : `${rate} (${figure.count.display})`}
        </Text>
      </Group>
      <Progress value={(figure.rate ?? 0) * 100} size="sm" aria-label={`${label}: ${rate}`} />
    </Stack>
  );
}

export interface AudienceCardProps {
  audience: {
    endUsers: number;
    location: OptInFigure_FigureFragment;
    marketing: OptInFigure_FigureFragment;
    reachable: OptInFigure_FigureFragment;
  };
  to?: string;
}

/** Opt-ins among end users, as the policy counts them. */
export function AudienceCard({ audience, to }: AudienceCardProps) {
  return (
    <OverviewCard title="Opt-ins" to={to}>
      <Text size="sm" c="dimmed">
        Of {count(audience.endUsers, 'end user', 'end users')}; restricted or objecting people never count as opted in.
      </Text>
      <OptInRow label="Location" figure={audience.location} />
      <OptInRow label="Marketing" figure={audience.marketing} />
      <OptInRow label="Reachable now" figure={audience.reachable} />
    </OverviewCard>
  );
}
