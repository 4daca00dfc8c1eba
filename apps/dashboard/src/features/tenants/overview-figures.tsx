import type { TenantOverviewQuery } from '@vicinity/schema/graphql';
import { Anchor, Text } from '@vicinity/ui';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { count } from '../../shared/words';
import { DueDateBadge } from '../privacy/due-date-badge';
import { BigFigure, OverviewCard } from './overview-card';

type Overview = TenantOverviewQuery['tenantOverview'];

export function CampaignsCard({ tenantId, campaigns }: { tenantId: string; campaigns: Overview['campaigns'] }) {
  const next = campaigns.nextEnding;
  return (
    <OverviewCard title="Active campaigns" to={`/t/${tenantId}/campaigns?status=ACTIVE`}>
      <BigFigure>{campaigns.active.toLocaleString('en')}</BigFigure>
      {next?.schedule?.endsAt ? (
        <Text size="sm">
          Next to end:{' '}
          <Anchor component={Link} to={`/t/${tenantId}/campaigns/${next.id}`}>
            {next.name}
          </Anchor>{' '}
          on {formatDate(next.schedule.endsAt)}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {campaigns.active > 0 ? 'None has an end date.' : 'No campaign is running.'}
        </Text>
      )}
    </OverviewCard>
  );
}

export function PrivacyCard({ tenantId, privacy }: { tenantId: string; privacy: NonNullable<Overview['privacy']> }) {
  const next = privacy.nextDue;
  return (
    <OverviewCard title="Open privacy requests" to={`/t/${tenantId}/privacy`}>
      <BigFigure>{privacy.open.toLocaleString('en')}</BigFigure>
      {next ? (
        <>
          <Anchor component={Link} to={`/t/${tenantId}/privacy/${next.id}`} size="sm">
            Due first
          </Anchor>
          <DueDateBadge dueAt={next.dueAt} daysLeft={next.daysLeft} open />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing waiting for an answer.
        </Text>
      )}
    </OverviewCard>
  );
}

export function PlacesCard({ tenantId, places }: { tenantId: string; places: Overview['places'] }) {
  return (
    <OverviewCard title="Places" to={`/t/${tenantId}/places`}>
      <BigFigure>{(places.geofences + places.beacons).toLocaleString('en')}</BigFigure>
      <Text size="sm" c="dimmed">
        {count(places.geofences, 'geofence', 'geofences')} and {count(places.beacons, 'beacon', 'beacons')}
      </Text>
    </OverviewCard>
  );
}
