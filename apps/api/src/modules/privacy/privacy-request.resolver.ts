import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { parseInput } from '../../graphql/parse-input';
import { idField } from '../auth/dto/fields';
import { completePrivacyRequest } from './carry-out-request';
import { daysLeft } from './deadlines';
import { CreatePrivacyRequestInput, createPrivacyRequestSchema } from './dto/create-privacy-request.input';
import {
  DenyPrivacyRequestInput,
  denyPrivacyRequestSchema,
  ExtendPrivacyRequestInput,
  extendPrivacyRequestSchema,
} from './dto/privacy-request-actions.input';
import { PrivacyRequestListArgs, privacyRequestListSchema } from './dto/privacy-request-list.args';
import { PrivacyRequest } from './privacy-request.entity';
import {
  createPrivacyRequest,
  denyPrivacyRequest,
  extendPrivacyRequest,
  getPrivacyRequest,
  listPrivacyRequests,
} from './privacy-request.service';
import { CompletePrivacyRequestPayload, PrivacyRequestEvent } from './privacy-request.types';

const PrivacyRequestConnection = connectionType('PrivacyRequest', PrivacyRequest);

@Resolver(() => PrivacyRequest)
export class PrivacyRequestResolver {
  @Query(() => PrivacyRequestConnection, { description: 'OWNER or PRIVACY_OFFICER; by due date, soonest first' })
  privacyRequests(@Args(() => PrivacyRequestListArgs) args: PrivacyRequestListArgs, @Ctx() ctx: Context) {
    return listPrivacyRequests(ctx, parseInput(privacyRequestListSchema, args));
  }

  @Query(() => PrivacyRequest, { description: 'OWNER or PRIVACY_OFFICER' })
  privacyRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PrivacyRequest> {
    return getPrivacyRequest(ctx, parseInput(idField, id));
  }

  @Mutation(() => PrivacyRequest, {
    description: 'OWNER or PRIVACY_OFFICER; a repeat of an open request is recorded, linked to it and closed',
  })
  createPrivacyRequest(
    @Arg('input', () => CreatePrivacyRequestInput) input: CreatePrivacyRequestInput,
    @Ctx() ctx: Context,
  ): Promise<PrivacyRequest> {
    return createPrivacyRequest(ctx, parseInput(createPrivacyRequestSchema, input));
  }

  @Mutation(() => CompletePrivacyRequestPayload, {
    description:
      'carries the request out: ERASURE/CHILD_ERASURE erase every record of the subject (and CHILD_ERASURE suppresses the device); ACCESS returns the export',
  })
  completePrivacyRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return completePrivacyRequest(ctx, parseInput(idField, id));
  }

  @Mutation(() => PrivacyRequest, { description: 'OWNER or PRIVACY_OFFICER; a reason is required' })
  denyPrivacyRequest(@Arg('input', () => DenyPrivacyRequestInput) input: DenyPrivacyRequestInput, @Ctx() ctx: Context) {
    return denyPrivacyRequest(ctx, parseInput(denyPrivacyRequestSchema, input));
  }

  @Mutation(() => PrivacyRequest, { description: 'OWNER or PRIVACY_OFFICER; the law decides how long and until when' })
  extendPrivacyRequest(
    @Arg('input', () => ExtendPrivacyRequestInput) input: ExtendPrivacyRequestInput,
    @Ctx() ctx: Context,
  ) {
    return extendPrivacyRequest(ctx, parseInput(extendPrivacyRequestSchema, input));
  }

  @FieldResolver(() => [PrivacyRequestEvent], { description: 'the timeline, oldest first' })
  events(@Root() request: PrivacyRequest): PrivacyRequestEvent[] {
    return request.timeline.map((e) => ({ ...e, at: new Date(e.at) }));
  }

  @FieldResolver(() => Int, { description: 'whole days until dueAt; negative when overdue' })
  daysLeft(@Root() request: PrivacyRequest, @Ctx() ctx: Context): number {
    return daysLeft(request.dueAt, ctx.app.now());
  }
}
