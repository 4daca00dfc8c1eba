import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { pageArgsSchema } from '../../graphql/paginate';
import { optionalField, parseInput } from '../../graphql/parse-input';
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
class EndUserSearchArgs {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { nullable: true, description: 'an exact deviceId, externalId or email (any case)' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  needsReconsent?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1..200, default 50' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

const endUserSearchSchema = pageArgsSchema.extend({
  tenantId: idField,
  search: optionalField(z.string().trim().min(1).max(254)),
  needsReconsent: optionalField(z.boolean()),
});

@Resolver()
export class EndUserProfileResolver {
  @Query(() => EndUserProfileConnection, { description: 'OWNER or PRIVACY_OFFICER; most recently seen first' })
  endUsers(@Args(() => EndUserSearchArgs) args: EndUserSearchArgs, @Ctx() ctx: Context) {
    return searchEndUsers(ctx, parseInput(endUserSearchSchema, args));
  }

  @Query(() => EndUserProfile, { description: 'OWNER or PRIVACY_OFFICER' })
  async endUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EndUserProfile> {
    return endUserProfile(ctx, await loadEndUserForPrivacy(ctx, parseInput(idField, id)));
  }

  @Mutation(() => RevealedContact, { description: 'OWNER or PRIVACY_OFFICER; audited' })
  revealEndUserContact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RevealedContact> {
    return revealEndUserContact(ctx, parseInput(idField, id));
  }

  @Mutation(() => EndUserProfile, { description: 'records a RESTRICTION request completed at once' })
  async restrictEndUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EndUserProfile> {
    const endUser = await loadEndUserForPrivacy(ctx, parseInput(idField, id));
    await oneStepRequest(ctx, endUser, PrivacyRequestType.RESTRICTION);
    return endUserProfile(ctx, await reloadEndUser(ctx, endUser));
  }

  @Mutation(() => EndUserProfile, {
    description: 'lifts a restriction and an objection, each recorded as a lifting request completed at once',
  })
  async liftEndUserRestriction(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EndUserProfile> {
    const endUser = await loadEndUserForPrivacy(ctx, parseInput(idField, id));
    const objected = Boolean(endUser.objectedAt);
    await oneStepRequest(ctx, endUser, PrivacyRequestType.RESTRICTION, { lift: true });
    if (objected) await oneStepRequest(ctx, endUser, PrivacyRequestType.OBJECTION, { lift: true });
    return endUserProfile(ctx, await reloadEndUser(ctx, endUser));
  }

  @Mutation(() => CompletePrivacyRequestPayload, {
    description: 'one-step CHILD_ERASURE: erases everything about the end user and suppresses the device',
  })
  async reportChild(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const endUser = await loadEndUserForPrivacy(ctx, parseInput(idField, id));
    const completed = await oneStepRequest(ctx, endUser, PrivacyRequestType.CHILD_ERASURE);
    // The audit entry must not name the erased end user: it names the request.
    ctx.audit.targetId = completed.request.id;
    return completed;
  }
}
