import { registerEnumType } from 'type-graphql';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}

export enum Trigger {
  ENTER = 'ENTER',
  DWELL = 'DWELL',
  BEACON_NEAR = 'BEACON_NEAR',
}

registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(Trigger, { name: 'Trigger' });
