import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../graphql/input-rules';
import { idField } from '../auth/dto/fields';
import { ErasedCountType } from './erased-count.type';

@ObjectType('RetentionSettings')
export class RetentionSettings {
  @Field(() => Int, { description: 'engagement events older than this are purged' })
  eventRetentionDays!: number;

  @Field(() => Int, { description: 'end users not seen for this long are erased with everything about them' })
  inactiveEndUserDays!: number;

  @Field(() => Date, { nullable: true })
  lastPurgeAt?: Date;

  @Field(() => [ErasedCountType])
  lastPurgeCounts!: ErasedCountType[];
}

@ObjectType('PurgeResult')
export class PurgeResult {
  @Field(() => [ErasedCountType])
  erased!: ErasedCountType[];

  @Field(() => Date)
  ranAt!: Date;
}

@InputType('UpdateRetentionInput', { description: 'fields left out stay as they are' })
export class UpdateRetentionInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => Int, z.number().int().min(1, 'must be 1..3650').max(3650, 'must be 1..3650'), {
    nullable: true,
    description: '1..3650',
  })
  eventRetentionDays?: number;

  @InputField(() => Int, z.number().int().min(30, 'must be 30..3650').max(3650, 'must be 30..3650'), {
    nullable: true,
    description: '30..3650',
  })
  inactiveEndUserDays?: number;
}
