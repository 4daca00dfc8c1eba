import type { CampaignStats_PointFragment } from '@vicinity/schema/graphql';
import { Card, SimpleGrid, Text } from '@vicinity/ui';
import { formatRate } from './stats-format';

function Total({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder radius="md" padding="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} mt={2} title={hint}>
        {value}
      </Text>
    </Card>
  );
}

const smallCohort = 'Fewer than 5 people: the exact number is withheld so nobody can be singled out.';

/** Counts show the API's display text as is: "< 5" stays "< 5", never a number. */
export function StatsTotals({ totals }: { totals: CampaignStats_PointFragment }) {
  const hint = (count: { value: number | null }) => (count.value === null ? smallCohort : undefined);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" aria-label="Totals for the period">
      <Total label="Delivered" value={totals.delivered.display} hint={hint(totals.delivered)} />
      <Total label="Opened" value={totals.opened.display} hint={hint(totals.opened)} />
      <Total label="Clicked" value={totals.clicked.display} hint={hint(totals.clicked)} />
      <Total label="Unique reach" value={totals.uniqueReach.display} hint={hint(totals.uniqueReach)} />
      <Total label="Open rate" value={formatRate(totals.openRate)} />
      <Total label="Click rate" value={formatRate(totals.clickRate)} />
    </SimpleGrid>
  );
}
