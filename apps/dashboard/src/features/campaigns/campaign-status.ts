import type { CampaignStatus } from '@vicinity/schema/graphql';
import type { StatusTone } from '@vicinity/ui';

export const statusLabels: Record<CampaignStatus, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  ENDED: 'Ended',
};

export const statusTones: Record<CampaignStatus, StatusTone> = {
  DRAFT: 'neutral',
  ACTIVE: 'positive',
  PAUSED: 'caution',
  ENDED: 'closed',
};

export const statusOptions = (Object.keys(statusLabels) as CampaignStatus[]).map((status) => ({
  value: status,
  label: statusLabels[status],
}));

export function isCampaignStatus(value: string): value is CampaignStatus {
  return value in statusLabels;
}

export interface StatusAction {
  /** The status the campaign moves to. */
  to: CampaignStatus;
  label: string;
  confirmTitle: string;
  confirmMessage: (name: string) => string;
  confirmLabel: string;
  /** Irreversible moves get a red confirmation button. */
  danger: boolean;
}

const activate: StatusAction = {
  to: 'ACTIVE',
  label: 'Activate',
  confirmTitle: 'Activate campaign?',
  confirmMessage: (name) => `“${name}” starts reaching people at its places, within its schedule.`,
  confirmLabel: 'Activate campaign',
  danger: false,
};

const pause: StatusAction = {
  to: 'PAUSED',
  label: 'Pause',
  confirmTitle: 'Pause campaign?',
  confirmMessage: (name) => `Nobody receives “${name}” until you resume it.`,
  confirmLabel: 'Pause campaign',
  danger: false,
};

const resume: StatusAction = {
  to: 'ACTIVE',
  label: 'Resume',
  confirmTitle: 'Resume campaign?',
  confirmMessage: (name) => `“${name}” reaches people at its places again, within its schedule.`,
  confirmLabel: 'Resume campaign',
  danger: false,
};

const end: StatusAction = {
  to: 'ENDED',
  label: 'End',
  confirmTitle: 'End campaign?',
  confirmMessage: (name) => `“${name}” stops for good. An ended campaign cannot be restarted; duplicate it instead.`,
  confirmLabel: 'End campaign',
  danger: true,
};

// The API's state machine: DRAFT -> ACTIVE <-> PAUSED -> ENDED, and ACTIVE -> ENDED.
const legalActions: Record<CampaignStatus, readonly StatusAction[]> = {
  DRAFT: [activate],
  ACTIVE: [pause, end],
  PAUSED: [resume, end],
  ENDED: [],
};

export function statusActions(status: CampaignStatus): readonly StatusAction[] {
  return legalActions[status];
}

/** The API accepts changes to a campaign's settings only while it is a draft or paused. */
export function isEditable(status: CampaignStatus): boolean {
  return status === 'DRAFT' || status === 'PAUSED';
}
