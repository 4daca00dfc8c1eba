import { Anchor, Card, Text, Title } from '@vicinity/ui';
import { Link } from 'react-router';

/** What a new tenant shows instead of figures that are all zero: the three steps that make them move. */
export function GettingStarted({ tenantId }: { tenantId: string }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="getting-started">
      <Title order={2} size="h4" id="getting-started">
        Nothing to count yet
      </Title>
      <Text size="sm" mt={4}>
        Figures appear here once your app sends end users and campaigns deliver. To get there:
      </Text>
      <Text component="ol" size="sm" mt="sm" mb={0}>
        <li>
          <Anchor component={Link} to={`/t/${tenantId}/places`}>
            Add a place
          </Anchor>{' '}
          (a geofence or a beacon)
        </li>
        <li>
          <Anchor component={Link} to={`/t/${tenantId}/campaigns/new`}>
            Create a campaign
          </Anchor>{' '}
          and activate it
        </li>
        <li>
          <Anchor component={Link} to={`/t/${tenantId}/api-keys`}>
            Create an API key
          </Anchor>{' '}
          for your app's SDK
        </li>
      </Text>
    </Card>
  );
}
