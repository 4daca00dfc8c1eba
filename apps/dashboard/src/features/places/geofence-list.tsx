import type { GeofenceList_GeofenceFragment } from '@vicinity/schema/graphql';
import { Badge, EmptyState, Group, IconMapPin, Stack, Text, UnstyledButton } from '@vicinity/ui';
import { describeGeometry, geometryOf } from './geofence-geometry';
import { RestorePlaceButton } from './restore-place.button';

export interface GeofenceListProps {
  geofences: readonly GeofenceList_GeofenceFragment[];
  selectedId: string | null;
  /** Whether a search or tag filter is on, which changes what an empty list means. */
  filtered: boolean;
  /** The list shows archived geofences: each is marked so, with a Restore button when `restore` is given. */
  archived: boolean;
  onSelect: (geofence: GeofenceList_GeofenceFragment) => void;
  restore?: (id: string) => Promise<unknown>;
}

export function GeofenceList({ geofences, selectedId, filtered, archived, onSelect, restore }: GeofenceListProps) {
  if (geofences.length === 0) {
    if (archived) {
      return (
        <EmptyState
          title={filtered ? 'No archived geofences match' : 'No archived geofences'}
          description="Geofences you archive are kept here, to be restored."
        />
      );
    }
    return filtered ? (
      <EmptyState title="No geofences match" description="Try another name or tag." />
    ) : (
      <EmptyState
        icon={<IconMapPin aria-hidden />}
        title="No geofences yet"
        description="Draw a circle or a polygon on the map, or import them from a CSV file."
      />
    );
  }
  return (
    <Stack component="ul" gap={6} aria-label="Geofences" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {geofences.map((geofence) => {
        const geometry = geometryOf(geofence);
        const selected = geofence.id === selectedId;
        return (
          <li key={geofence.id} style={{ display: 'flex', gap: 'var(--mantine-spacing-xs)', alignItems: 'center' }}>
            <UnstyledButton
              onClick={() => onSelect(geofence)}
              aria-current={selected ? 'true' : undefined}
              w="100%"
              p="sm"
              bd={`1px solid ${selected ? 'var(--mantine-color-orange-6)' : 'var(--mantine-color-default-border)'}`}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            >
              <Group gap={6}>
                <Text fw={600} size="sm">
                  {geofence.name}
                </Text>
                {geofence.archivedAt ? (
                  <Badge variant="outline" color="gray" size="xs">
                    Archived
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                {geometry ? describeGeometry(geometry) : geofence.shape}
              </Text>
              {geofence.tags.length > 0 ? (
                <Group gap={4} mt={4}>
                  {geofence.tags.map((tag) => (
                    <Badge key={tag} variant="light" size="xs">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              ) : null}
            </UnstyledButton>
            {geofence.archivedAt && restore ? (
              <RestorePlaceButton place={geofence} kind="geofence" restore={restore} />
            ) : null}
          </li>
        );
      })}
    </Stack>
  );
}
