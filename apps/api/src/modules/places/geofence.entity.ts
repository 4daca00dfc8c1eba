import { Field, Float, ID, ObjectType } from 'type-graphql';
import { entitySchemaWithComputed } from '../../db/entity-schema';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';
import { GeofenceShape } from './geofence-shape';
import type { Geometry } from './geometry';
import { LatLng, latLng } from './lat-lng';
import { decodeTags } from './tags';

@ObjectType('Geofence', { description: 'A circle or polygon where campaigns reach end users' })
export class Geofence {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => String)
  name: string;

  @Field(() => GeofenceShape)
  shape!: GeofenceShape;

  centerLatitude?: number;
  centerLongitude?: number;

  @Field(() => Float, { nullable: true, description: 'circles: 1..100000 metres' })
  radiusMeters?: number;

  /** Polygon vertices as [latitude, longitude] pairs, without a repeated closing vertex. */
  vertices?: [number, number][];

  /** Bounding box, for the spatial index. */
  minLatitude!: number;
  minLongitude!: number;
  maxLatitude!: number;
  maxLongitude!: number;

  tagsText = '';

  @Field(() => Date, { nullable: true })
  archivedAt?: Date;

  @Field(() => Date)
  createdAt: Date = new Date();

  @Field(() => Date)
  updatedAt: Date = new Date();

  constructor(tenant: Tenant, name: string, geometry: Geometry) {
    this.tenant = tenant;
    this.name = name;
    this.setGeometry(geometry);
  }

  setGeometry(geometry: Geometry): void {
    this.shape = geometry.shape;
    this.centerLatitude = geometry.shape === GeofenceShape.CIRCLE ? geometry.center.latitude : undefined;
    this.centerLongitude = geometry.shape === GeofenceShape.CIRCLE ? geometry.center.longitude : undefined;
    this.radiusMeters = geometry.shape === GeofenceShape.CIRCLE ? geometry.radiusMeters : undefined;
    this.vertices = geometry.shape === GeofenceShape.POLYGON ? geometry.vertices : undefined;
    Object.assign(this, geometry.bbox);
  }

  @Field(() => LatLng, { nullable: true, description: 'circles' })
  get center(): LatLng | null {
    return this.centerLatitude === undefined || this.centerLatitude === null
      ? null
      : latLng(this.centerLatitude, this.centerLongitude!);
  }

  @Field(() => [LatLng], { nullable: true, description: 'polygons: the vertices, not repeating the first' })
  get polygon(): LatLng[] | null {
    return this.vertices ? this.vertices.map(([lat, lng]) => latLng(lat, lng)) : null;
  }

  @Field(() => [String])
  get tags(): string[] {
    return decodeTags(this.tagsText);
  }
}

export const GeofenceSchema = entitySchemaWithComputed<Geofence, 'center' | 'polygon' | 'tags'>(
  {
    class: Geofence,
    tableName: 'geofence',
    filters: { tenant: tenantFilter },
    indexes: [{ properties: ['tenant', 'createdAt'] }, { properties: ['tenant', 'name'] }],
    properties: {
      id: { type: 'string', length: 36, primary: true },
      tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
      name: { type: 'string', length: 120 },
      shape: { enum: true, items: () => GeofenceShape },
      centerLatitude: { type: 'double', nullable: true },
      centerLongitude: { type: 'double', nullable: true },
      radiusMeters: { type: 'double', nullable: true },
      vertices: { type: 'json', nullable: true },
      minLatitude: { type: 'double' },
      minLongitude: { type: 'double' },
      maxLatitude: { type: 'double' },
      maxLongitude: { type: 'double' },
      tagsText: { type: 'string', length: 1000, default: '' },
      archivedAt: { type: 'datetime', nullable: true },
      createdAt: { type: 'datetime' },
      updatedAt: { type: 'datetime', onUpdate: () => new Date() },
    },
  },
  ['center', 'polygon', 'tags'],
);
