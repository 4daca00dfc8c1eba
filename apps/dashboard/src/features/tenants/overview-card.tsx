import { Anchor, Card, Stack, Text } from '@vicinity/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface OverviewCardProps {
  title: string;
  /** Where the figure comes from: the card's title links there. */
  to?: string;
  children: ReactNode;
}

/** One figure of the home page, titled with a link to the page it comes from. */
export function OverviewCard({ title, to, children }: OverviewCardProps) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Stack gap={6}>
        {to ? (
          <Anchor component={Link} to={to} size="sm" fw={700}>
            {title}
          </Anchor>
        ) : (
          <Text size="sm" fw={700}>
            {title}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}

export function BigFigure({ children, hint }: { children: ReactNode; hint?: string }) {
  return (
    <Text size="xl" fw={700} title={hint}>
      {children}
    </Text>
  );
}
