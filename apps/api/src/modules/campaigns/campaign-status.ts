import { badInput } from '../../graphql/app-error';
import { CampaignStatus, Trigger } from './campaign-enums';

const legalMoves: Record<CampaignStatus, CampaignStatus[]> = {
  [CampaignStatus.DRAFT]: [CampaignStatus.ACTIVE],
  [CampaignStatus.ACTIVE]: [CampaignStatus.PAUSED, CampaignStatus.ENDED],
  [CampaignStatus.PAUSED]: [CampaignStatus.ACTIVE, CampaignStatus.ENDED],
  [CampaignStatus.ENDED]: [],
};

export function assertLegalMove(from: CampaignStatus, to: CampaignStatus): void {
  if (legalMoves[from].includes(to)) return;
  const allowed = legalMoves[from];
  throw badInput(
    'status',
    `A ${from} campaign cannot become ${to}` +
      (allowed.length ? `; it can become ${allowed.join(' or ')}` : '; an ended campaign stays ended'),
  );
}

export type ActivationFacts = {
  trigger: Trigger;
  dwellMinutes?: number;
  endsAt?: Date;
  liveGeofences: number;
  liveBeacons: number;
  now: Date;
};

/** Why a campaign cannot go live, or null when it can. */
export function activationProblem(c: ActivationFacts): string | null {
  if (c.trigger === Trigger.BEACON_NEAR && c.liveBeacons === 0) {
    return 'A BEACON_NEAR campaign without targets cannot be activated: add at least one beacon';
  }
  if (c.trigger !== Trigger.BEACON_NEAR && c.liveGeofences === 0) {
    return `A ${c.trigger} campaign without targets cannot be activated: add at least one geofence`;
  }
  if (c.trigger === Trigger.DWELL && !c.dwellMinutes) return 'A DWELL campaign needs dwellMinutes';
  if (c.endsAt && c.endsAt <= c.now) return 'The schedule has already ended: move endsAt into the future';
  return null;
}
