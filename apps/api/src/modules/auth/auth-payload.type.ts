import { Field, ObjectType } from 'type-graphql';
import { Operator } from './operator.entity';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'a session token for `Authorization: Bearer`' })
  token!: string;

  @Field(() => Operator)
  operator!: Operator;
}
