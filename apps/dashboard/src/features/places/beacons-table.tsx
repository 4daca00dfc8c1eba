import type { BeaconsTable_BeaconFragment } from '@vicinity/schema/graphql';
import { Badge, Button, DataTable, EmptyState, Group, Text, type DataTableColumn } from '@vicinity/ui';
import { RestorePlaceButton } from './restore-place.button';

export interface BeaconsTableProps {
  beacons: readonly BeaconsTable_BeaconFragment[];
  filtered: boolean;
  /** Owners and marketers get edit and archive buttons. */
  editable: boolean;
  onEdit: (beacon: BeaconsTable_BeaconFragment) => void;
  onArchive: (beacon: BeaconsTable_BeaconFragment) => void;
  /** The table shows archived beacons, which can only be restored. */
  archived: boolean;
  restore: (id: string) => Promise<unknown>;
}

const coordinate = (value: number) => value.toFixed(5);

export function BeaconsTable({ beacons, filtered, editable, onEdit, onArchive, archived, restore }: BeaconsTableProps) {
  const columns: DataTableColumn<BeaconsTable_BeaconFragment>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (beacon) =>
        beacon.archivedAt ? (
          <Group gap={6} wrap="nowrap">
            {beacon.name}
            <Badge variant="outline" color="gray" size="xs">
              Archived
            </Badge>
          </Group>
        ) : (
          beacon.name
        ),
    },
    {
      key: 'uuid',
      header: 'UUID',
      render: (beacon) => (
        <Text ff="monospace" size="xs">
          {beacon.uuid}
        </Text>
      ),
    },
    { key: 'major', header: 'Major', render: (beacon) => beacon.major },
    { key: 'minor', header: 'Minor', render: (beacon) => beacon.minor },
    {
      key: 'placement',
      header: 'Placement',
      render: (beacon) =>
        beacon.placement ? `${coordinate(beacon.placement.latitude)}, ${coordinate(beacon.placement.longitude)}` : '—',
    },
    {
      key: 'tags',
      header: 'Tags',
      render: (beacon) => (
        <Group gap={4}>
          {beacon.tags.map((tag) => (
            <Badge key={tag} variant="light" size="sm">
              {tag}
            </Badge>
          ))}
        </Group>
      ),
    },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (beacon) =>
        beacon.archivedAt ? (
          <RestorePlaceButton place={beacon} kind="beacon" restore={restore} />
        ) : (
          <Group gap={4} wrap="nowrap">
            <Button variant="subtle" size="xs" aria-label={`Edit ${beacon.name}`} onClick={() => onEdit(beacon)}>
              Edit
            </Button>
            <Button variant="subtle" size="xs" aria-label={`Archive ${beacon.name}`} onClick={() => onArchive(beacon)}>
              Archive
            </Button>
          </Group>
        ),
    });
  }

  return (
    <DataTable
      label="Beacons"
      columns={columns}
      rows={beacons}
      rowKey={(beacon) => beacon.id}
      minWidth={820}
      empty={
        archived ? (
          <EmptyState
            title={filtered ? 'No archived beacons match' : 'No archived beacons'}
            description="Beacons you archive are kept here, to be restored."
          />
        ) : filtered ? (
          <EmptyState title="No beacons match" description="Try another name or tag." />
        ) : (
          <EmptyState
            title="No beacons yet"
            description="Add a beacon with its UUID, major and minor, or import many from a CSV file."
          />
        )
      }
    />
  );
}
