import { Field, ID, ObjectType } from 'type-graphql';
import { Operator } from './operator.entity';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'a session token for `Authorization: Bearer`' })
  token!: string;

  @Field(() => Operator)
  operator!: Operator;

  @Field(() => ID, { nullable: true, description: 'sign-up through an invitation: the tenant joined' })
  joinedTenantId?: string;
}
