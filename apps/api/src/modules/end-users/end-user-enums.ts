import { registerEnumType } from 'type-graphql';

export enum Platform {
  IOS = 'IOS',
  ANDROID = 'ANDROID',
  WEB = 'WEB',
}

export enum ConsentSource {
  SDK = 'SDK',
  DASHBOARD = 'DASHBOARD',
  API = 'API',
  IMPORT = 'IMPORT',
}

registerEnumType(Platform, { name: 'Platform' });
registerEnumType(ConsentSource, { name: 'ConsentSource' });
