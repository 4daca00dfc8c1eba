import type { CampaignStats_PointFragment, StatsBucket } from '@vicinity/schema/graphql';
import { Card, SimpleGrid, Text, Title } from '@vicinity/ui';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBucketStart, formatRate } from './stats-format';

export interface StatsChartsProps {
  points: readonly CampaignStats_PointFragment[];
  bucket: StatsBucket;
}

const colors = {
  delivered: 'var(--mantine-color-teal-6)',
  opened: 'var(--mantine-color-blue-6)',
  clicked: 'var(--mantine-color-grape-6)',
};

const chartStyle = { width: '100%', height: 260 };
const axisTick = { fontSize: 12, fill: 'var(--mantine-color-dimmed)' };

function ChartCard({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="md" component="figure" m={0} aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {description}
      </Text>
      {children}
    </Card>
  );
}

// Buckets behind fewer than 5 people have no value: the lines break there instead of showing a made-up number.
export function StatsCharts({ points, bucket }: StatsChartsProps) {
  const data = points.map((point) => ({
    label: formatBucketStart(point.start, bucket),
    delivered: point.delivered.value,
    opened: point.opened.value,
    clicked: point.clicked.value,
    openRate: point.openRate,
    clickRate: point.clickRate,
  }));

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartCard
        title="Engagement over time"
        description="Deliveries, opens and clicks per period. Gaps: fewer than 5 people."
      >
        <LineChart data={data} responsive style={chartStyle} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} minTickGap={16} />
          <YAxis allowDecimals={false} tick={axisTick} width={48} />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="delivered"
            name="Delivered"
            stroke={colors.delivered}
            strokeWidth={2}
            dot={false}
          />
          <Line type="monotone" dataKey="opened" name="Opened" stroke={colors.opened} strokeWidth={2} dot={false} />
          <Line type="monotone" dataKey="clicked" name="Clicked" stroke={colors.clicked} strokeWidth={2} dot={false} />
        </LineChart>
      </ChartCard>
      <ChartCard title="Conversion rates" description="Share of deliveries that were opened, and that were clicked.">
        <LineChart data={data} responsive style={chartStyle} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} minTickGap={16} />
          <YAxis tickFormatter={(rate: number) => formatRate(rate)} tick={axisTick} width={56} domain={[0, 'auto']} />
          <Tooltip formatter={(rate) => (typeof rate === 'number' ? formatRate(rate) : '—')} />
          <Legend />
          <Line
            type="monotone"
            dataKey="openRate"
            name="Open rate"
            stroke={colors.opened}
            strokeWidth={2}
            dot={false}
          />
          <Line
            type="monotone"
            dataKey="clickRate"
            name="Click rate"
            stroke={colors.clicked}
            strokeWidth={2}
            dot={false}
          />
        </LineChart>
      </ChartCard>
    </SimpleGrid>
  );
}
