import { Button, DateRangeField, type DateRange, Dialog, IconDownload, SelectField, Stack, Text } from '@vicinity/ui';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DownloadButton } from '../../shared/download-button';
import { auditPeriod } from '../audit/audit-period';

/** The roles the API lets take engagement out to a warehouse. */
export const ENGAGEMENT_EXPORTERS = ['OWNER', 'MARKETER', 'ANALYST'];

const MAX_DAYS = 400;
const lastThirtyDays = (): DateRange => [
  dayjs().subtract(29, 'day').format('YYYY-MM-DD'),
  dayjs().format('YYYY-MM-DD'),
];

/** Engagement events of a period as NDJSON or CSV, counted as the policy allows, for the tenant's own warehouse. */
export function EngagementExportButton({ tenantId }: { tenantId: string }) {
  const [opened, setOpened] = useState(false);
  const [range, setRange] = useState<DateRange>(lastThirtyDays);
  const [format, setFormat] = useState('csv');
  const period = auditPeriod(range);
  const tooLong = Boolean(range[0] && range[1] && dayjs(range[1]).diff(range[0], 'day') >= MAX_DAYS);
  const query = new URLSearchParams({ tenantId, from: period.from ?? '', to: period.to ?? '', format });
  return (
    <>
      <Button variant="secondary" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Export engagement
      </Button>
      <Dialog opened={opened} onClose={() => setOpened(false)} title="Export engagement events">
        <Stack gap="md">
          <Text size="sm">
            Deliveries, opens, clicks and dismissals of the period, one row each, for your own warehouse. Only people
            who allow analytics are included, each by an anonymous reference, never by device or name.
          </Text>
          <DateRangeField
            label="Period"
            value={range}
            onChange={setRange}
            maxDate={dayjs().format('YYYY-MM-DD')}
            error={tooLong ? `At most ${MAX_DAYS} days` : undefined}
          />
          <SelectField
            label="Format"
            options={[
              { value: 'csv', label: 'CSV (spreadsheets)' },
              { value: 'ndjson', label: 'NDJSON (one JSON event per line)' },
            ]}
            value={format}
            onChange={setFormat}
          />
          {period.from && !tooLong ? (
            <DownloadButton
              url={`/export/engagement?${query}`}
              filename={`engagement-${range[0]}-${range[1]}.${format}`}
              label="Download"
            />
          ) : (
            <Text size="sm" c="dimmed">
              Choose the first and last day.
            </Text>
          )}
        </Stack>
      </Dialog>
    </>
  );
}
