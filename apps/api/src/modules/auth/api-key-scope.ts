import { registerEnumType } from 'type-graphql';

export enum ApiKeyScope {
  SDK = 'SDK',
}

registerEnumType(ApiKeyScope, { name: 'ApiKeyScope' });
