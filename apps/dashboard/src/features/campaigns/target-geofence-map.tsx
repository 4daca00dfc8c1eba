import { useQuery } from '@apollo/client/react';
import { Box, ErrorState, Stack, Text } from '@vicinity/ui';
import { describeError } from '../../shared/graphql-errors';
import { LazyGeofenceMap } from '../places/lazy-geofence-map';
import { toggleTarget, type TargetRef } from './campaign-draft';
import { CampaignTargetMapQuery } from './campaigns.operations';

// The API's largest page: the map shows the tenant's places at once, whatever the list's search.
const shownOnMap = 200;

export interface TargetGeofenceMapProps {
  tenantId: string;
  selected: readonly TargetRef[];
  onChange: (selected: TargetRef[]) => void;
}

/** The tenant's geofences, read-only; clicking one adds it to the campaign's targets or takes it out. */
export function TargetGeofenceMap({ tenantId, selected, onChange }: TargetGeofenceMapProps) {
  const { data, error, refetch } = useQuery(CampaignTargetMapQuery, { variables: { tenantId, first: shownOnMap } });

  if (error) {
    const { message, retryable } = describeError(error);
    return (
      <ErrorState
        title="Could not load the map's geofences"
        message={message}
        onRetry={retryable ? () => void refetch() : undefined}
      />
    );
  }
  const geofences = data?.geofences.edges.map(({ node }) => node) ?? [];
  const total = data?.geofences.totalCount ?? 0;
  return (
    <Stack gap={4}>
      <Box h={{ base: 360, md: 480 }} role="region" aria-label="Map of geofences">
        <LazyGeofenceMap
          geofences={geofences}
          selectedId={null}
          highlightedIds={selected.map(({ id }) => id)}
          draft={null}
          editable={false}
          onSelect={({ id, name }) => onChange(toggleTarget(selected, { id, name }))}
          // Read-only: with no draft and no drawing tools, the map never reports a drawn or edited shape.
          onDraw={() => undefined}
          onDraftChange={() => undefined}
          unavailableMessage="You can still choose geofences in the list."
        />
      </Box>
      <Text size="xs" c="dimmed">
        {total > geofences.length
          ? `The map shows ${geofences.length} of ${total} geofences; find the others in the list.`
          : 'Click a geofence on the map to add it or take it out.'}
      </Text>
    </Stack>
  );
}
