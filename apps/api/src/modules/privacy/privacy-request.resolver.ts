import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { connectionType } from '../../graphql/connection';
import { IdArgs } from '../../graphql/id-args';
import { downloadAccessExport } from './access-export-store';
import { completePrivacyRequest } from './carry-out-request';
import { daysLeft } from './deadlines';
import { CreatePrivacyRequestInput } from './dto/create-privacy-request.input';
import { DenyPrivacyRequestInput, ExtendPrivacyRequestInput } from './dto/privacy-request-actions.input';
import { PrivacyRequestListArgs } from './dto/privacy-request-list.args';
import { jurisdictionWords } from './jurisdiction-words';
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
  @Query(() => PrivacyRequestConnection, {
    description:
      'OWNER or PRIVACY_OFFICER; open requests first, soonest due first, then closed ones, most recently closed first',
  })
  privacyRequests(@Args(() => PrivacyRequestListArgs) args: PrivacyRequestListArgs, @Ctx() ctx: Context) {
    return listPrivacyRequests(ctx, args);
  }

  @Query(() => PrivacyRequest, { description: 'OWNER or PRIVACY_OFFICER' })
  privacyRequest(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<PrivacyRequest> {
    return getPrivacyRequest(ctx, id);
  }

  @Mutation(() => PrivacyRequest, {
    description: 'OWNER or PRIVACY_OFFICER; a repeat of an open request is recorded, linked to it and closed',
  })
  createPrivacyRequest(
    @Arg('input', () => CreatePrivacyRequestInput) input: CreatePrivacyRequestInput,
    @Ctx() ctx: Context,
  ): Promise<PrivacyRequest> {
    return createPrivacyRequest(ctx, input);
  }

  @Mutation(() => CompletePrivacyRequestPayload, {
    description:
      'carries the request out: ERASURE/CHILD_ERASURE erase every record of the subject (and CHILD_ERASURE suppresses the device); ACCESS returns the export',
  })
  completePrivacyRequest(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context) {
    return completePrivacyRequest(ctx, id);
  }

  @Mutation(() => String, {
    description:
      'OWNER or PRIVACY_OFFICER: the export of a completed ACCESS request again, as JSON, until accessExportExpiresAt (NOT_FOUND after, or once the subject is erased); a mutation so that every download is audited',
  })
  downloadAccessExport(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<string> {
    return downloadAccessExport(ctx, id);
  }

  @Mutation(() => PrivacyRequest, { description: 'OWNER or PRIVACY_OFFICER; a reason is required' })
  denyPrivacyRequest(@Arg('input', () => DenyPrivacyRequestInput) input: DenyPrivacyRequestInput, @Ctx() ctx: Context) {
    return denyPrivacyRequest(ctx, input);
  }

  @Mutation(() => PrivacyRequest, { description: 'OWNER or PRIVACY_OFFICER; the law decides how long and until when' })
  extendPrivacyRequest(
    @Arg('input', () => ExtendPrivacyRequestInput) input: ExtendPrivacyRequestInput,
    @Ctx() ctx: Context,
  ) {
    return extendPrivacyRequest(ctx, input);
  }

  @FieldResolver(() => [PrivacyRequestEvent], { description: 'the timeline, oldest first' })
  events(@Root() request: PrivacyRequest): PrivacyRequestEvent[] {
    return request.timeline.map((e) => ({ ...e, at: new Date(e.at) }));
  }

  @FieldResolver(() => String, { description: 'the jurisdiction in words, e.g. "Virginia (state privacy law)"' })
  jurisdictionName(@Root() request: PrivacyRequest): string {
    return jurisdictionWords(request.jurisdiction, request.usState);
  }

  @FieldResolver(() => Int, { description: 'whole days until dueAt; negative when overdue' })
  daysLeft(@Root() request: PrivacyRequest, @Ctx() ctx: Context): number {
    return daysLeft(request.dueAt, ctx.app.now());
  }

  @FieldResolver(() => String, {
    description:
      'six characters of the keyed subject hash: the same for every request about one person, different for two people whose masked labels read alike, and naming nobody',
  })
  subjectReference(@Root() request: PrivacyRequest): string {
    return request.subjectHash.slice(0, 6).toUpperCase();
  }
}
