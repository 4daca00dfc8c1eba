import { Args, ArgsType, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { IdArgs } from '../../graphql/id-args';
import { InputField } from '../../graphql/input-rules';
import { PageArgs } from '../../graphql/paginate';
import { idField } from '../auth/dto/fields';
import { oneStepRequest } from '../privacy/end-user-requests';
import { PrivacyRequestType } from '../privacy/privacy-request-enums';
import { CompletePrivacyRequestPayload } from '../privacy/privacy-request.types';
import { EndUserProfile, RevealedContact } from './end-user-profile.types';
import {
  endUserProfile,
  loadEndUserForPrivacy,
  reloadEndUser,
  revealEndUserContact,
  searchEndUsers,
} from './end-user-profile.service';

const EndUserProfileConnection = connectionType('EndUserProfile', EndUserProfile);

@ArgsType()
export class EndUserSearchArgs extends PageArgs {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, z.string().trim().min(1).max(254), {
    nullable: true,
    description: 'an exact deviceId, externalId or email (any case)',
  })
  search?: string;

  @InputField(() => Boolean, z.boolean(), { nullable: true })
  needsReconsent?: boolean;
}

@Resolver()
export class EndUserProfileResolver {
  @Query(() => EndUserProfileConnection, { description: 'OWNER or PRIVACY_OFFICER; most recently seen first' })
  endUsers(@Args(() => EndUserSearchArgs) args: EndUserSearchArgs, @Ctx() ctx: Context) {
    return searchEndUsers(ctx, args);
  }

  @Query(() => EndUserProfile, { description: 'OWNER or PRIVACY_OFFICER' })
  async endUser(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<EndUserProfile> {
    return endUserProfile(ctx, await loadEndUserForPrivacy(ctx, id));
  }

  @Mutation(() => RevealedContact, { description: 'OWNER or PRIVACY_OFFICER; audited' })
  revealEndUserContact(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<RevealedContact> {
    return revealEndUserContact(ctx, id);
  }

  @Mutation(() => EndUserProfile, { description: 'records a RESTRICTION request completed at once' })
  async restrictEndUser(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<EndUserProfile> {
    const endUser = await loadEndUserForPrivacy(ctx, id);
    await oneStepRequest(ctx, endUser, PrivacyRequestType.RESTRICTION);
    return endUserProfile(ctx, await reloadEndUser(ctx, endUser));
  }

  @Mutation(() => EndUserProfile, {
    description: 'lifts a restriction and an objection, each recorded as a lifting request completed at once',
  })
  async liftEndUserRestriction(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<EndUserProfile> {
    const endUser = await loadEndUserForPrivacy(ctx, id);
    const objected = Boolean(endUser.objectedAt);
    await oneStepRequest(ctx, endUser, PrivacyRequestType.RESTRICTION, { lift: true });
    if (objected) await oneStepRequest(ctx, endUser, PrivacyRequestType.OBJECTION, { lift: true });
    return endUserProfile(ctx, await reloadEndUser(ctx, endUser));
  }

  @Mutation(() => CompletePrivacyRequestPayload, {
    description: 'one-step CHILD_ERASURE: erases everything about the end user and suppresses the device',
  })
  async reportChild(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context) {
    const endUser = await loadEndUserForPrivacy(ctx, id);
    const completed = await oneStepRequest(ctx, endUser, PrivacyRequestType.CHILD_ERASURE);
    // The audit entry must not name the erased end user: it names the request.
    ctx.audit.targetId = completed.request.id;
    return completed;
  }
}
