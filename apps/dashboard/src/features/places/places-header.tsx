import { Stack, Tabs, Text, Title } from '@vicinity/ui';
import { useNavigate } from 'react-router';

export interface PlacesHeaderProps {
  tenantId: string;
  section: 'geofences' | 'beacons';
}

export function PlacesHeader({ tenantId, section }: PlacesHeaderProps) {
  const navigate = useNavigate();
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Places
        </Title>
        <Text c="dimmed">Geofences and beacons your campaigns can be triggered by.</Text>
      </Stack>
      <Tabs
        value={section}
        onChange={(value) => {
          if (value === 'geofences') void navigate(`/t/${tenantId}/places`);
          if (value === 'beacons') void navigate(`/t/${tenantId}/places/beacons`);
        }}
      >
        <Tabs.List aria-label="Kinds of places">
          <Tabs.Tab value="geofences">Geofences</Tabs.Tab>
          <Tabs.Tab value="beacons">Beacons</Tabs.Tab>
        </Tabs.List>
      </Tabs>
    </Stack>
  );
}
