import { useMutation, useQuery } from '@apollo/client/react';
import type { BeaconsTable_BeaconFragment } from '@vicinity/schema/graphql';
import { Button, Dialog, Group, IconPlus, IconUpload, LoadingState, Stack, Text } from '@vicinity/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { ArchivePlaceDialog } from './archive-place.dialog';
import { BeaconForm } from './beacon.form';
import { ArchiveBeaconMutation, BeaconsPageQuery, RestoreBeaconMutation } from './beacons.operations';
import { BeaconsTable } from './beacons-table';
import { canEditPlaces } from './can-edit-places';
import { beaconCsvColumns } from './csv-columns';
import { CsvImportDialog } from './csv-import.dialog';
import { ExportCsvButton } from './export-csv.button';
import { ListFilters } from './list-filters';
import { LoadMore } from './load-more';
import { PlacesHeader } from './places-header';
import { PlacesTenantQuery } from './places.operations';
import { usePagedList } from './use-paged-list';

export function BeaconsPage() {
  const { tenantId = '' } = useParams();
  const tenantQuery = useQuery(PlacesTenantQuery, { variables: { tenantId } });
  const list = usePagedList(
    BeaconsPageQuery,
    tenantId,
    (data) => data.beacons,
    (data, beacons) => ({ ...data, beacons }),
  );
  // undefined: no form open; null: a new beacon.
  const [editing, setEditing] = useState<BeaconsTable_BeaconFragment | null | undefined>(undefined);
  const [toArchive, setToArchive] = useState<BeaconsTable_BeaconFragment | null>(null);
  const [importing, setImporting] = useState(false);
  const [archiveBeacon, { loading: archiving }] = useMutation(ArchiveBeaconMutation, {
    refetchQueries: ['BeaconsPage'],
    awaitRefetchQueries: true,
  });
  const [restoreBeacon] = useMutation(RestoreBeaconMutation, {
    refetchQueries: ['BeaconsPage'],
    awaitRefetchQueries: true,
  });

  if (tenantQuery.error)
    return <QueryErrorState error={tenantQuery.error} onRetry={() => void tenantQuery.refetch()} />;
  if (!tenantQuery.data) return <LoadingState label="Loading places…" />;
  const editable = canEditPlaces(tenantQuery.data.tenant.myRole);

  return (
    <Stack gap="lg">
      <PlacesHeader tenantId={tenantId} section="beacons" />
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {editable
            ? 'Bluetooth beacons identified by UUID, major and minor.'
            : 'Your role can view beacons but not change them.'}
        </Text>
        <Group gap="sm">
          {editable ? (
            <>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
                New beacon
              </Button>
              <Button
                variant="secondary"
                leftSection={<IconUpload size={16} aria-hidden />}
                onClick={() => setImporting(true)}
              >
                Import CSV
              </Button>
            </>
          ) : null}
          <ExportCsvButton tenantId={tenantId} what="beacons" />
        </Group>
      </Group>
      <ListFilters noun="beacons" values={list.filters} onChange={list.setFilters} />
      {list.error ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.loaded || !list.connection ? (
        <LoadingState label="Loading beacons…" />
      ) : (
        <Stack gap="sm">
          <BeaconsTable
            beacons={list.nodes}
            filtered={list.filtered}
            editable={editable}
            onEdit={setEditing}
            onArchive={setToArchive}
            archived={list.archived}
            restore={(id) => restoreBeacon({ variables: { id } })}
          />
          {list.nodes.length > 0 ? (
            <LoadMore
              shown={list.nodes.length}
              total={list.connection.totalCount}
              hasMore={list.connection.pageInfo.hasNextPage}
              loading={list.loadingMore}
              onLoadMore={() => void list.loadMore()}
            />
          ) : null}
        </Stack>
      )}
      <Dialog
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? 'Edit beacon' : 'New beacon'}
      >
        <BeaconForm tenantId={tenantId} beacon={editing ?? null} onDone={() => setEditing(undefined)} />
      </Dialog>
      <ArchivePlaceDialog
        kind="beacon"
        place={toArchive}
        loading={archiving}
        archive={(id) => archiveBeacon({ variables: { id } })}
        onClose={() => setToArchive(null)}
      />
      <CsvImportDialog
        opened={importing}
        tenantId={tenantId}
        what="beacons"
        columns={beaconCsvColumns}
        onImported={() => void list.refetch()}
        onClose={() => setImporting(false)}
      />
    </Stack>
  );
}
