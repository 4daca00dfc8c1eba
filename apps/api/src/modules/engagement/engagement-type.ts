import { registerEnumType } from 'type-graphql';

export enum EngagementType {
  DELIVERED = 'DELIVERED',
  OPENED = 'OPENED',
  CLICKED = 'CLICKED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(EngagementType, { name: 'EngagementType' });
