import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';

@ObjectType('Operator', { description: 'A person who uses the dashboard' })
export class Operator {
  @Field(() => ID)
  id: string = newId();

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  passwordHash: string;
  createdAt: Date = new Date();

  constructor(email: string, name: string, passwordHash: string) {
    this.email = email;
    this.name = name;
    this.passwordHash = passwordHash;
  }
}

export const OperatorSchema = new EntitySchema<Operator>({
  class: Operator,
  tableName: 'operator',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    email: { type: 'string', length: 254, unique: true },
    name: { type: 'string', length: 120 },
    passwordHash: { type: 'string', length: 255, lazy: true },
    createdAt: { type: 'datetime' },
  },
});
