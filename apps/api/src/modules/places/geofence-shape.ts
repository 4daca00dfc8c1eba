import { registerEnumType } from 'type-graphql';

export enum GeofenceShape {
  CIRCLE = 'CIRCLE',
  POLYGON = 'POLYGON',
}

registerEnumType(GeofenceShape, { name: 'GeofenceShape' });
