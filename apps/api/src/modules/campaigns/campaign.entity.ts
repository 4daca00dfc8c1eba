import { Field, ID, Int, ObjectType } from 'type-graphql';
import { entitySchemaWithComputed } from '../../db/entity-schema';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { decodeTags } from '../places/tags';
import { Tenant } from '../tenants/tenant.entity';
import { CampaignStatus, Trigger } from './campaign-enums';
import { Content, FrequencyCap, Schedule, type TimeWindow } from './campaign-parts';

@ObjectType('Campaign', { description: 'Content offered to end users at places, on a schedule, under a cap' })
export class Campaign {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => String)
  name: string;

  @Field(() => CampaignStatus)
  status: CampaignStatus = CampaignStatus.DRAFT;

  @Field(() => Trigger)
  trigger: Trigger;

  @Field(() => Int, { nullable: true, description: 'DWELL: minutes inside before the content is offered' })
  dwellMinutes?: number;

  @Field(() => Content)
  content: Content;

  startsAt?: Date;
  endsAt?: Date;
  timeWindows: TimeWindow[] = [];
  capMaxDeliveries?: number;
  capPerHours?: number;

  @Field(() => Int, { nullable: true, description: 'at least this long between two deliveries to one end user' })
  minimumGapMinutes?: number;

  @Field(() => Int, { description: 'higher first' })
  priority = 0;

  tagsText = '';

  /** When it last became ACTIVE: offers of equal priority go to the most recent first. */
  activatedAt?: Date;

  @Field(() => Date, { nullable: true })
  archivedAt?: Date;

  /** Archiving ended it while it ran: restoring brings it back PAUSED rather than ENDED. */
  endedByArchive = false;

  @Field(() => Date)
  createdAt: Date = new Date();

  @Field(() => Date)
  updatedAt: Date = new Date();

  constructor(tenant: Tenant, name: string, trigger: Trigger, content: Content) {
    this.tenant = tenant;
    this.name = name;
    this.trigger = trigger;
    this.content = content;
  }

  @Field(() => Schedule, { nullable: true })
  get schedule(): Schedule | null {
    if (!this.startsAt && !this.endsAt && this.timeWindows.length === 0) return null;
    return { startsAt: this.startsAt ?? undefined, endsAt: this.endsAt ?? undefined, timeWindows: this.timeWindows };
  }

  @Field(() => FrequencyCap, { nullable: true })
  get frequencyCap(): FrequencyCap | null {
    return this.capMaxDeliveries && this.capPerHours
      ? { maxDeliveries: this.capMaxDeliveries, perHours: this.capPerHours }
      : null;
  }

  @Field(() => [String])
  get tags(): string[] {
    return decodeTags(this.tagsText);
  }
}

export const CampaignSchema = entitySchemaWithComputed<Campaign, 'schedule' | 'frequencyCap' | 'tags'>(
  {
    class: Campaign,
    tableName: 'campaign',
    filters: { tenant: tenantFilter },
    indexes: [{ properties: ['tenant', 'createdAt'] }, { properties: ['tenant', 'status'] }],
    properties: {
      id: { type: 'string', length: 36, primary: true },
      tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
      name: { type: 'string', length: 120 },
      status: { enum: true, items: () => CampaignStatus },
      trigger: { enum: true, items: () => Trigger },
      dwellMinutes: { type: 'integer', nullable: true },
      content: { type: 'json' },
      startsAt: { type: 'datetime', nullable: true },
      endsAt: { type: 'datetime', nullable: true },
      timeWindows: { type: 'json' },
      capMaxDeliveries: { type: 'integer', nullable: true },
      capPerHours: { type: 'integer', nullable: true },
      minimumGapMinutes: { type: 'integer', nullable: true },
      priority: { type: 'integer', default: 0 },
      tagsText: { type: 'string', length: 1000, default: '' },
      activatedAt: { type: 'datetime', nullable: true },
      archivedAt: { type: 'datetime', nullable: true },
      endedByArchive: { type: 'boolean', default: false },
      createdAt: { type: 'datetime' },
      updatedAt: { type: 'datetime', onUpdate: () => new Date() },
    },
  },
  ['schedule', 'frequencyCap', 'tags'],
);
