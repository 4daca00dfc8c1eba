import { useQuery } from '@apollo/client/react';
import {
  Button,
  EmptyState,
  IconFileText,
  LoadingState,
  LoadMoreFooter,
  Stack,
  Text,
  Group,
  Title,
} from '@vicinity/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { appendPage } from '../privacy/append-page';
import { privacyForbiddenMessage } from '../privacy/privacy-access';
import { useLoadMore } from '../privacy/use-load-more';
import { AuditActorsQuery, AuditLogQuery } from './audit.operations';
import { AuditFilters, type AuditFilterValues } from './audit-filters';
import { AuditLogTable } from './audit-log-table';
import { AuditCsvButton } from './audit-csv.button';
import { auditPeriod } from './audit-period';

const pageSize = 50;
const noFilters: AuditFilterValues = { actorId: '', action: '', range: [null, null] };

export function AuditLogPage() {
  const { tenantId = '' } = useParams();
  const [filters, setFilters] = useState<AuditFilterValues>(noFilters);
  const actors = useQuery(AuditActorsQuery, { variables: { tenantId } });
  const { data, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: {
      tenantId,
      actorId: filters.actorId || undefined,
      action: filters.action || undefined,
      ...auditPeriod(filters.range),
      first: pageSize,
    },
    fetchPolicy: 'cache-and-network',
  });
  const { loadMore, loadingMore } = useLoadMore((after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        auditLog: appendPage(shown.auditLog, fetchMoreResult.auditLog),
      }),
    }),
  );

  const connection = data?.auditLog;
  const filtered = Boolean(filters.actorId || filters.action || filters.range[0]);
  const period = auditPeriod(filters.range);
  const actorOptions = (actors.data?.members ?? []).map((member) => member.operator);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Audit log
        </Title>
        <Text c="dimmed">
          Who did what, when, and how it ended — newest first. Targets are named by their own names; a person only as
          “End user”, never by a personal detail.
        </Text>
      </Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <AuditFilters
          actors={actorOptions}
          actions={actors.data?.auditActions ?? []}
          values={filters}
          onChange={setFilters}
        />
        <AuditCsvButton
          query={{
            tenantId,
            actorId: filters.actorId || undefined,
            action: filters.action || undefined,
            from: period.from,
            to: period.to,
          }}
        />
      </Group>
      {error ? (
        <QueryErrorState error={error} onRetry={() => void refetch()} forbiddenMessage={privacyForbiddenMessage} />
      ) : !connection ? (
        <LoadingState label="Loading the audit log…" />
      ) : (
        <>
          <AuditLogTable
            entries={connection.edges.map((edge) => edge.node)}
            empty={
              filtered ? (
                <EmptyState
                  title="No entries match these filters"
                  action={
                    <Button variant="secondary" onClick={() => setFilters(noFilters)}>
                      Clear filters
                    </Button>
                  }
                />
              ) : (
                <EmptyState icon={<IconFileText aria-hidden />} title="Nothing recorded yet" />
              )
            }
          />
          {connection.edges.length > 0 ? (
            <LoadMoreFooter
              shown={connection.edges.length}
              total={connection.totalCount}
              hasMore={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              onLoadMore={() => void loadMore(connection.pageInfo.endCursor)}
            />
          ) : null}
        </>
      )}
    </Stack>
  );
}
