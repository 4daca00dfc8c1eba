import { useQuery } from '@apollo/client/react';
import type { TenantOverviewQuery as TenantOverviewData } from '@vicinity/schema/graphql';
import { Badge, Group, LoadingState, SimpleGrid, Stack, Text, Title } from '@vicinity/ui';
import { useParams } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { QueryErrorState } from '../../shared/query-error-state';
import { roleLabels } from '../../shared/roles';
import { canHandlePrivacy } from '../privacy/privacy-access';
import { AudienceCard } from './audience-card';
import { EngagementCard } from './engagement-card';
import { GettingStarted } from './getting-started';
import { CampaignsCard, PlacesCard, PrivacyCard } from './overview-figures';
import { TenantOverviewQuery } from './tenants.operations';

type Overview = TenantOverviewData['tenantOverview'];

/** A tenant with no places, no campaigns and no end users has nothing to count: it gets the first steps instead. */
const isBrandNew = (o: Overview) =>
  o.places.geofences + o.places.beacons === 0 && o.campaigns.active === 0 && o.audience.endUsers === 0;

function ProcessingSettings({ tenant }: { tenant: TenantOverviewData['tenant'] }) {
  return (
    <Text size="sm" c="dimmed">
      Minimum age <b>{tenant.minimumAge} years</b> · time zone <b>{tenant.timezone}</b> · marketing consent{' '}
      <b>{tenant.requireMarketingConsent ? 'required' : 'not required'}</b> · privacy policy version{' '}
      <b>{tenant.policyVersion}</b>. End users younger than the minimum age are never stored, targeted or counted.
    </Text>
  );
}

export function TenantOverviewPage() {
  const { tenantId = '' } = useParams();
  const { data, error, refetch } = useQuery(TenantOverviewQuery, { variables: { id: tenantId } });

  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading tenant…" />;

  const { tenant, tenantOverview: overview } = data;
  const base = `/t/${tenant.id}`;
  const periods = [overview.last7Days, overview.last30Days];
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {tenant.name}
        </Title>
        <Group gap="xs">
          <Text c="dimmed">Created {formatDate(tenant.createdAt)}</Text>
          {tenant.myRole ? <Badge variant="light">You are {roleLabels[tenant.myRole].toLowerCase()}</Badge> : null}
        </Group>
      </Stack>
      {isBrandNew(overview) ? <GettingStarted tenantId={tenant.id} /> : null}
      <Stack gap="xs" component="section" aria-labelledby="engagement-heading">
        <Title order={2} size="h4" id="engagement-heading">
          Engagement
        </Title>
        <Text size="sm" c="dimmed">
          Counting only end users who agreed to analytics; fewer than 5 people show as “&lt; 5”.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <EngagementCard title="Deliveries" measure="delivered" periods={periods} to={`${base}/campaigns`} />
          <EngagementCard title="Opens" measure="opened" periods={periods} to={`${base}/campaigns`} />
          <EngagementCard title="Reach" measure="reach" periods={periods} to={`${base}/campaigns`} />
        </SimpleGrid>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="today-heading">
        <Title order={2} size="h4" id="today-heading">
          Today
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <CampaignsCard tenantId={tenant.id} campaigns={overview.campaigns} />
          <AudienceCard
            audience={overview.audience}
            to={canHandlePrivacy(tenant.myRole) ? `${base}/end-users` : undefined}
          />
          {overview.privacy ? <PrivacyCard tenantId={tenant.id} privacy={overview.privacy} /> : null}
          <PlacesCard tenantId={tenant.id} places={overview.places} />
        </SimpleGrid>
      </Stack>
      <ProcessingSettings tenant={tenant} />
    </Stack>
  );
}
