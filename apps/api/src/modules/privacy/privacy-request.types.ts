import { Field, ObjectType } from 'type-graphql';
import { ErasedCountType } from './erased-count.type';
import { PrivacyRequest } from './privacy-request.entity';

@ObjectType('PrivacyRequestEvent', {
  description: 'a step of a request: RECEIVED, LINKED, EXTENDED, DENIED, COMPLETED',
})
export class PrivacyRequestEvent {
  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  action!: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => String, { nullable: true, description: 'the operator who took the step' })
  actorName?: string;
}

@ObjectType('CompletePrivacyRequestPayload')
export class CompletePrivacyRequestPayload {
  @Field(() => PrivacyRequest)
  request!: PrivacyRequest;

  @Field(() => String, {
    nullable: true,
    description: "ACCESS: the subject's data as JSON (profile, consent history, events); null for other types",
  })
  export!: string | null;

  @Field(() => [ErasedCountType], {
    description: 'ERASURE/CHILD_ERASURE: how many records were erased, by kind',
  })
  erased!: ErasedCountType[];
}
