import { Field, ID, Int, ObjectType } from 'type-graphql';
import { entitySchemaWithComputed } from '../../db/entity-schema';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';
import { LatLng, latLng } from './lat-lng';
import { decodeTags } from './tags';

@ObjectType('Beacon', { description: 'An iBeacon, known by uuid, major and minor' })
export class Beacon {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'canonical lower-case iBeacon UUID' })
  uuid: string;

  @Field(() => Int)
  major: number;

  @Field(() => Int)
  minor: number;

  placementLatitude?: number;
  placementLongitude?: number;
  tagsText = '';

  @Field(() => Date, { nullable: true })
  archivedAt?: Date;

  @Field(() => Date)
  createdAt: Date = new Date();

  @Field(() => Date)
  updatedAt: Date = new Date();

  constructor(init: { tenant: Tenant; name: string; uuid: string; major: number; minor: number }) {
    this.tenant = init.tenant;
    this.name = init.name;
    this.uuid = init.uuid;
    this.major = init.major;
    this.minor = init.minor;
  }

  @Field(() => LatLng, { nullable: true, description: 'where the beacon is placed, if known' })
  get placement(): LatLng | null {
    return this.placementLatitude === undefined || this.placementLatitude === null
      ? null
      : latLng(this.placementLatitude, this.placementLongitude!);
  }

  @Field(() => [String])
  get tags(): string[] {
    return decodeTags(this.tagsText);
  }
}

export const BeaconSchema = entitySchemaWithComputed<Beacon, 'placement' | 'tags'>(
  {
    class: Beacon,
    tableName: 'beacon',
    filters: { tenant: tenantFilter },
    uniques: [{ properties: ['tenant', 'uuid', 'major', 'minor'] }],
    indexes: [{ properties: ['tenant', 'createdAt'] }],
    properties: {
      id: { type: 'string', length: 36, primary: true },
      tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
      name: { type: 'string', length: 120 },
      uuid: { type: 'string', length: 36 },
      major: { type: 'integer' },
      minor: { type: 'integer' },
      placementLatitude: { type: 'double', nullable: true },
      placementLongitude: { type: 'double', nullable: true },
      tagsText: { type: 'string', length: 1000, default: '' },
      archivedAt: { type: 'datetime', nullable: true },
      createdAt: { type: 'datetime' },
      updatedAt: { type: 'datetime', onUpdate: () => new Date() },
    },
  },
  ['placement', 'tags'],
);
