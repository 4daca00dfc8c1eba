import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { TenantIdArgs } from '../../graphql/id-args';
import { requireMembership } from './authorization';
import { AddMemberInput, ChangeMemberRoleInput, RemoveMemberInput } from './dto/member.inputs';
import { addMember, changeMemberRole, listMembers, removeMember } from './members.service';
import { Membership } from './membership.entity';
import { Operator } from './operator.entity';

@ObjectType('RemoveMemberPayload')
class RemoveMemberPayload {
  @Field(() => ID)
  removedMembershipId!: string;
}

@Resolver(() => Membership)
export class MembersResolver {
  /** Served from the identity map when the list already loaded it. */
  @FieldResolver(() => Operator)
  operator(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Operator> {
    return ctx.em.findOneOrFail(Operator, { id: membership.operator.id });
  }

  @Query(() => [Membership], { description: 'any member may read' })
  async members(@Args(() => TenantIdArgs) { tenantId }: TenantIdArgs, @Ctx() ctx: Context): Promise<Membership[]> {
    await requireMembership(ctx, tenantId);
    return listMembers(ctx, tenantId);
  }

  @Mutation(() => Membership, { description: 'OWNER only' })
  addMember(@Arg('input', () => AddMemberInput) input: AddMemberInput, @Ctx() ctx: Context): Promise<Membership> {
    const { tenantId, email, role } = input;
    return addMember(ctx, tenantId, email, role);
  }

  @Mutation(() => Membership, { description: 'OWNER only; the last OWNER cannot be demoted' })
  changeMemberRole(
    @Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    const { membershipId, role } = input;
    return changeMemberRole(ctx, membershipId, role);
  }

  @Mutation(() => RemoveMemberPayload, { description: 'OWNER only; the last OWNER cannot be removed' })
  async removeMember(
    @Arg('input', () => RemoveMemberInput) input: RemoveMemberInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveMemberPayload> {
    const { membershipId } = input;
    return { removedMembershipId: await removeMember(ctx, membershipId) };
  }
}
