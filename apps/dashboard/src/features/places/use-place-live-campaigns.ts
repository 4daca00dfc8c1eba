import { useQuery } from '@apollo/client/react';
import type { CampaignStatus } from '@vicinity/schema/graphql';
import { BeaconLiveCampaignsQuery } from './beacons.operations';
import { GeofenceLiveCampaignsQuery } from './places.operations';

export interface LiveCampaign {
  id: string;
  name: string;
  status: CampaignStatus;
}

/**
 * The running and paused campaigns that target a place, asked for when its archive dialog opens (always afresh:
 * campaigns change elsewhere); undefined while loading or when no place is given.
 */
export function usePlaceLiveCampaigns(kind: 'geofence' | 'beacon', id: string | undefined) {
  const options = { fetchPolicy: 'network-only', variables: { id: id ?? '' } } as const;
  const geofence = useQuery(GeofenceLiveCampaignsQuery, { ...options, skip: kind !== 'geofence' || !id });
  const beacon = useQuery(BeaconLiveCampaignsQuery, { ...options, skip: kind !== 'beacon' || !id });
  const campaigns: readonly LiveCampaign[] | undefined =
    kind === 'geofence' ? geofence.data?.geofence.liveCampaigns : beacon.data?.beacon.liveCampaigns;
  return { campaigns: id ? campaigns : undefined, error: kind === 'geofence' ? geofence.error : beacon.error };
}
