import { ArgsType, ID } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { PageArgs } from '../../../graphql/paginate';
import { idField } from '../../auth/dto/fields';
import { PrivacyRequestStatus, PrivacyRequestType } from '../privacy-request-enums';

@ArgsType()
export class PrivacyRequestListArgs extends PageArgs {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => PrivacyRequestStatus, z.enum(PrivacyRequestStatus), { nullable: true })
  status?: PrivacyRequestStatus;

  @InputField(() => PrivacyRequestType, z.enum(PrivacyRequestType), { nullable: true })
  type?: PrivacyRequestType;

  @InputField(() => Boolean, z.boolean(), {
    nullable: true,
    description: 'true: open and past due; false: all but those',
  })
  overdue?: boolean;
}
