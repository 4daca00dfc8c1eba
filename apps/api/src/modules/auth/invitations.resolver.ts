import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { IdArgs, TenantIdArgs } from '../../graphql/id-args';
import { requireOperator } from './authorization';
import { InvitationTokenArgs, InviteMemberInput } from './dto/invitation.inputs';
import { Invitation } from './invitation.entity';
import {
  acceptInvitation,
  inviteMember,
  listPendingInvitations,
  revokeInvitation,
  usableInvitation,
} from './invitations.service';
import { Membership } from './membership.entity';
import { Role } from './role';

@ObjectType('InviteMemberPayload')
class InviteMemberPayload {
  @Field(() => Invitation)
  invitation!: Invitation;

  @Field(() => String, {
    description: 'the one-time token, shown once: the link to pass on is /signup?invitation=<token>',
  })
  token!: string;
}

@ObjectType('InvitationPreview', { description: 'What an invitation link offers, shown before signing up through it' })
class InvitationPreview {
  @Field(() => String)
  tenantName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String)
  email!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('AcceptInvitationPayload')
class AcceptInvitationPayload {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Membership)
  membership!: Membership;
}

@Resolver()
export class InvitationsResolver {
  @Query(() => [Invitation], { description: 'OWNER only; the invitations that can still be accepted, newest first' })
  invitations(@Args(() => TenantIdArgs) { tenantId }: TenantIdArgs, @Ctx() ctx: Context): Promise<Invitation[]> {
    requireOperator(ctx);
    return listPendingInvitations(ctx, tenantId);
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description: 'anyone holding the link may read it; null for a token that is not valid, whatever the reason',
  })
  async invitationPreview(
    @Args(() => InvitationTokenArgs) { token }: InvitationTokenArgs,
    @Ctx() ctx: Context,
  ): Promise<InvitationPreview | null> {
    const invitation = await usableInvitation(ctx, token);
    if (!invitation) return null;
    const { tenant, role, email, expiresAt } = invitation;
    return { tenantName: tenant.name, role, email, expiresAt };
  }

  @Mutation(() => InviteMemberPayload, {
    description: 'OWNER only; replaces a pending invitation of the same email; the link works once, for 7 days',
  })
  inviteMember(
    @Arg('input', () => InviteMemberInput) input: InviteMemberInput,
    @Ctx() ctx: Context,
  ): Promise<InviteMemberPayload> {
    return inviteMember(ctx, input);
  }

  @Mutation(() => Invitation, { description: 'OWNER only; the link stops working at once' })
  revokeInvitation(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<Invitation> {
    requireOperator(ctx);
    return revokeInvitation(ctx, id);
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: 'for a signed-in operator whose email the invitation was sent to',
  })
  async acceptInvitation(
    @Args(() => InvitationTokenArgs) { token }: InvitationTokenArgs,
    @Ctx() ctx: Context,
  ): Promise<AcceptInvitationPayload> {
    const membership = await acceptInvitation(ctx, token);
    return { tenantId: membership.tenant.id, membership };
  }
}
