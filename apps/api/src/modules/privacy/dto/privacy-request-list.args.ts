import { ArgsType, Field, ID, Int } from 'type-graphql';
import { z } from 'zod';
import { pageArgsSchema } from '../../../graphql/paginate';
import { optionalField } from '../../../graphql/parse-input';
import { idField } from '../../auth/dto/fields';
import { PrivacyRequestStatus, PrivacyRequestType } from '../privacy-request-enums';

@ArgsType()
export class PrivacyRequestListArgs {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => PrivacyRequestStatus, { nullable: true })
  status?: PrivacyRequestStatus | null;

  @Field(() => PrivacyRequestType, { nullable: true })
  type?: PrivacyRequestType | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open and past due; false: all but those' })
  overdue?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1..200, default 50' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export const privacyRequestListSchema = pageArgsSchema.extend({
  tenantId: idField,
  status: optionalField(z.enum(PrivacyRequestStatus)),
  type: optionalField(z.enum(PrivacyRequestType)),
  overdue: optionalField(z.boolean()),
});

export type PrivacyRequestListFilter = z.output<typeof privacyRequestListSchema>;
