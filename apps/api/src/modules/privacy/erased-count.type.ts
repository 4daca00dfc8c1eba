import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ErasedCount')
export class ErasedCountType {
  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  count!: number;
}
