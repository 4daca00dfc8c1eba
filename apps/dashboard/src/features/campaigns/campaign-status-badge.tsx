import type { CampaignStatus } from '@vicinity/schema/graphql';
import { StatusBadge } from '@vicinity/ui';
import { statusLabels, statusTones } from './campaign-status';

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <StatusBadge tone={statusTones[status]}>{statusLabels[status]}</StatusBadge>;
}
