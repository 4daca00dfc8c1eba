import { useMutation, useQuery } from '@apollo/client/react';
import type { GeofenceList_GeofenceFragment } from '@vicinity/schema/graphql';
import { Box, Button, Grid, Group, IconPlus, IconUpload, LoadingState, Paper, Stack, Text } from '@vicinity/ui';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { ArchivePlaceDialog } from './archive-place.dialog';
import { canEditPlaces } from './can-edit-places';
import { geofenceCsvColumns } from './csv-columns';
import { CsvImportDialog } from './csv-import.dialog';
import { ExportCsvButton } from './export-csv.button';
import { GeofenceForm } from './geofence.form';
import {
  emptyCircleValues,
  geometryOfValues,
  valuesOf,
  valuesWithGeometry,
  type GeofenceFormValues,
} from './geofence-form.schema';
import type { GeofenceGeometry } from './geofence-geometry';
import { GeofenceList } from './geofence-list';
import { LazyGeofenceMap } from './lazy-geofence-map';
import { ListFilters } from './list-filters';
import { LoadMore } from './load-more';
import { PlacesHeader } from './places-header';
import {
  ArchiveGeofenceMutation,
  GeofencesPageQuery,
  PlacesTenantQuery,
  RestoreGeofenceMutation,
} from './places.operations';
import { mapViewForTimeZone } from './time-zone-view';
import { usePagedList } from './use-paged-list';

interface Editor {
  /** The geofence being edited, or null while creating one. */
  geofence: GeofenceList_GeofenceFragment | null;
  values: GeofenceFormValues;
}

export function PlacesPage() {
  const { tenantId = '' } = useParams();
  const tenantQuery = useQuery(PlacesTenantQuery, { variables: { tenantId } });
  const list = usePagedList(
    GeofencesPageQuery,
    tenantId,
    (data) => data.geofences,
    (data, geofences) => ({ ...data, geofences }),
  );
  const [editor, setEditor] = useState<Editor | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [toArchive, setToArchive] = useState<GeofenceList_GeofenceFragment | null>(null);
  const [importing, setImporting] = useState(false);
  const [archiveGeofence, { loading: archiving }] = useMutation(ArchiveGeofenceMutation, {
    refetchQueries: ['GeofencesPage'],
    awaitRefetchQueries: true,
  });
  const [restoreGeofence] = useMutation(RestoreGeofenceMutation, {
    refetchQueries: ['GeofencesPage'],
    awaitRefetchQueries: true,
  });
  const editorValues = editor?.values;
  // Memoised so the map rebuilds its editable draft only when the geometry really changes.
  const draftGeometry = useMemo(() => (editorValues ? geometryOfValues(editorValues) : null), [editorValues]);

  if (tenantQuery.error)
    return <QueryErrorState error={tenantQuery.error} onRetry={() => void tenantQuery.refetch()} />;
  if (!tenantQuery.data) return <LoadingState label="Loading places…" />;
  const editable = canEditPlaces(tenantQuery.data.tenant.myRole);

  function select(geofence: GeofenceList_GeofenceFragment) {
    setSelectedId(geofence.id);
    // An archived geofence cannot be changed, only restored.
    if (editable && !geofence.archivedAt) setEditor({ geofence, values: valuesOf(geofence) });
  }

  function startDrawn(geometry: GeofenceGeometry) {
    setSelectedId(null);
    setEditor({ geofence: null, values: valuesWithGeometry(emptyCircleValues(), geometry) });
  }

  function closeEditor() {
    setEditor(null);
    setSelectedId(null);
  }

  return (
    <Stack gap="lg">
      <PlacesHeader tenantId={tenantId} section="geofences" />
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {editable
            ? 'Draw a circle or polygon with the tools on the map, or select a geofence to move, reshape or rename it.'
            : 'Your role can view geofences but not change them.'}
        </Text>
        <Group gap="sm">
          {editable ? (
            <>
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => {
                  setSelectedId(null);
                  setEditor({ geofence: null, values: emptyCircleValues() });
                }}
              >
                New circle
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
          <ExportCsvButton tenantId={tenantId} what="geofences" />
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Box h={{ base: 360, md: 600 }} role="region" aria-label="Map of geofences">
            <LazyGeofenceMap
              geofences={list.nodes}
              selectedId={selectedId}
              draft={editor ? { key: editor.geofence?.id ?? 'new', geometry: draftGeometry } : null}
              editable={editable}
              defaultView={mapViewForTimeZone(tenantQuery.data.tenant.timezone)}
              onSelect={select}
              onDraw={startDrawn}
              onDraftChange={(geometry) =>
                setEditor((current) => current && { ...current, values: valuesWithGeometry(current.values, geometry) })
              }
            />
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" radius="md">
            {editor ? (
              <GeofenceForm
                key={editor.geofence?.id ?? 'new'}
                tenantId={tenantId}
                geofence={editor.geofence}
                values={editor.values}
                onChange={(values) => setEditor({ ...editor, values })}
                onSaved={closeEditor}
                onCancel={closeEditor}
                onArchive={setToArchive}
              />
            ) : (
              <Stack gap="md">
                <ListFilters noun="geofences" values={list.filters} onChange={list.setFilters} />
                {list.error ? (
                  <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
                ) : !list.loaded || !list.connection ? (
                  <LoadingState label="Loading geofences…" />
                ) : (
                  <>
                    <GeofenceList
                      geofences={list.nodes}
                      selectedId={selectedId}
                      filtered={list.filtered}
                      archived={list.archived}
                      onSelect={select}
                      restore={
                        editable
                          ? (id) => restoreGeofence({ variables: { id } }).then(() => setSelectedId(null))
                          : undefined
                      }
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
                  </>
                )}
              </Stack>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      <ArchivePlaceDialog
        kind="geofence"
        place={toArchive}
        loading={archiving}
        archive={(id) => archiveGeofence({ variables: { id } })}
        onClose={() => setToArchive(null)}
        onArchived={closeEditor}
      />
      <CsvImportDialog
        opened={importing}
        tenantId={tenantId}
        what="geofences"
        columns={geofenceCsvColumns}
        onImported={() => void list.refetch()}
        onClose={() => setImporting(false)}
      />
    </Stack>
  );
}
