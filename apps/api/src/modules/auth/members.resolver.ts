import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { requireMembership } from './authorization';
import { idField } from './dto/fields';
import {
  AddMemberInput,
  addMemberSchema,
  ChangeMemberRoleInput,
  changeMemberRoleSchema,
  RemoveMemberInput,
  removeMemberSchema,
} from './dto/member.inputs';
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
  async members(@Arg('tenantId', () => ID) tenantId: string, @Ctx() ctx: Context): Promise<Membership[]> {
    await requireMembership(ctx, parseInput(idField, tenantId));
    return listMembers(ctx, tenantId);
  }

  @Mutation(() => Membership, { description: 'OWNER only' })
  addMember(@Arg('input', () => AddMemberInput) input: AddMemberInput, @Ctx() ctx: Context): Promise<Membership> {
    const { tenantId, email, role } = parseInput(addMemberSchema, input);
    return addMember(ctx, tenantId, email, role);
  }

  @Mutation(() => Membership, { description: 'OWNER only; the last OWNER cannot be demoted' })
  changeMemberRole(
    @Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    const { membershipId, role } = parseInput(changeMemberRoleSchema, input);
    return changeMemberRole(ctx, membershipId, role);
  }

  @Mutation(() => RemoveMemberPayload, { description: 'OWNER only; the last OWNER cannot be removed' })
  async removeMember(
    @Arg('input', () => RemoveMemberInput) input: RemoveMemberInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveMemberPayload> {
    const { membershipId } = parseInput(removeMemberSchema, input);
    return { removedMembershipId: await removeMember(ctx, membershipId) };
  }
}
