import { Field, ID, ObjectType } from 'type-graphql';
import { ErasedCountType } from '../privacy/erased-count.type';

@ObjectType('AuditEntry', { description: 'who did what to which id, when, and how it ended: ids and codes only' })
export class AuditEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: 'operator, api_key or anonymous' })
  actorType!: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field(() => String, { nullable: true, description: "the operator's name" })
  actorName?: string;

  @Field(() => String, { description: 'the mutation, e.g. completePrivacyRequest' })
  action!: string;

  @Field(() => String, { description: 'the action in words, e.g. "Completed privacy request"' })
  actionWords!: string;

  @Field(() => String, { nullable: true, description: 'what the target is, e.g. Geofence; null when it is gone' })
  targetKind?: string;

  @Field(() => String, {
    nullable: true,
    description: "the target's own name (a place, campaign, key, member); never a value about an end user",
  })
  targetName?: string;

  @Field(() => ID, { nullable: true })
  targetId?: string;

  @Field(() => String, { description: 'success or failure' })
  outcome!: string;

  @Field(() => String, { nullable: true })
  errorCode?: string;

  @Field(() => [ErasedCountType], { description: 'what the action erased, by kind (empty when nothing)' })
  erased!: ErasedCountType[];
}

@ObjectType('AuditAction', { description: 'an action found in the audit log, for filtering' })
export class AuditActionView {
  @Field(() => String)
  action!: string;

  @Field(() => String)
  words!: string;
}
