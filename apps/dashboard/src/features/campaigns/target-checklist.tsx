import { useQuery } from '@apollo/client/react';
import { ChecklistField, ErrorState, Group, type ChecklistOption, useDebouncedValue } from '@vicinity/ui';
import { useState } from 'react';
import { describeError } from '../../shared/graphql-errors';
import type { TargetRef } from './campaign-draft';
import { CampaignTargetBeaconsQuery, CampaignTargetGeofencesQuery } from './campaigns.operations';
import { TargetBadge } from './target-badge';

const shownAtOnce = 50;

export interface TargetChecklistProps {
  tenantId: string;
  kind: 'geofences' | 'beacons';
  selected: readonly TargetRef[];
  onChange: (selected: TargetRef[]) => void;
  error?: string;
}

function useTargetOptions(tenantId: string, kind: 'geofences' | 'beacons', search: string) {
  const variables = { tenantId, search: search.trim() || undefined, first: shownAtOnce };
  const geofences = useQuery(CampaignTargetGeofencesQuery, { variables, skip: kind !== 'geofences' });
  const beacons = useQuery(CampaignTargetBeaconsQuery, { variables, skip: kind !== 'beacons' });

  if (kind === 'geofences') {
    const options: ChecklistOption[] | undefined = geofences.data?.geofences.edges.map(({ node }) => ({
      value: node.id,
      label: node.name,
      description:
        node.shape === 'CIRCLE' && node.radiusMeters !== null
          ? `Circle, ${Math.round(node.radiusMeters)} m${node.tags.length ? ` · ${node.tags.join(', ')}` : ''}`
          : `Polygon${node.tags.length ? ` · ${node.tags.join(', ')}` : ''}`,
    }));
    return { options, error: geofences.error };
  }
  const options: ChecklistOption[] | undefined = beacons.data?.beacons.edges.map(({ node }) => ({
    value: node.id,
    label: node.name,
    description: `Major ${node.major}, minor ${node.minor}${node.tags.length ? ` · ${node.tags.join(', ')}` : ''}`,
  }));
  return { options, error: beacons.error };
}

/** Picks geofences or beacons; the chosen ones stay listed above the search, whatever it matches. */
export function TargetChecklist({ tenantId, kind, selected, onChange, error }: TargetChecklistProps) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const { options, error: loadError } = useTargetOptions(tenantId, kind, debouncedSearch);
  const label = kind === 'geofences' ? 'Geofences' : 'Beacons';

  function handleChange(ids: string[]) {
    const known = new Map(
      [...selected, ...(options ?? []).map((option) => ({ id: option.value, name: option.label }))].map((target) => [
        target.id,
        target,
      ]),
    );
    onChange(ids.flatMap((id) => known.get(id) ?? []));
  }

  return (
    <>
      {selected.length > 0 ? (
        <Group gap={6} aria-label={`Chosen ${label.toLowerCase()}`}>
          {selected.map((target) => (
            <TargetBadge key={target.id} target={target} />
          ))}
        </Group>
      ) : null}
      {loadError ? (
        <ErrorState title={`Could not load ${label.toLowerCase()}`} message={describeError(loadError).message} />
      ) : (
        <ChecklistField
          label={label}
          description={
            kind === 'geofences'
              ? 'The places where the campaign can reach people.'
              : 'The beacons whose proximity triggers the campaign.'
          }
          options={options ?? []}
          loading={options === undefined}
          value={selected.map((target) => target.id)}
          onChange={handleChange}
          search={search}
          onSearchChange={setSearch}
          error={error}
          empty={
            debouncedSearch.trim()
              ? `No ${label.toLowerCase()} match “${debouncedSearch.trim()}”.`
              : `This tenant has no ${label.toLowerCase()} yet. Add them under Places.`
          }
        />
      )}
    </>
  );
}
