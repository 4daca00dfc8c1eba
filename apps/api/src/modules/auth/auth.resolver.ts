import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AuthPayload } from './auth-payload.type';
import { logIn, logOut, signUp } from './auth.service';
import { unauthenticated } from '../../graphql/app-error';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { Operator } from './operator.entity';

@Resolver()
export class AuthResolver {
  @Query(() => Operator, { nullable: true, description: 'the signed-in operator, or null' })
  me(@Ctx() ctx: Context): Operator | null {
    return ctx.principal.kind === 'operator' ? ctx.principal.operator : null;
  }

  @Mutation(() => AuthPayload)
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return signUp(ctx, input);
  }

  @Mutation(() => AuthPayload)
  logIn(@Arg('input', () => LogInInput) input: LogInInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return logIn(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'ends the current session; its token stops working at once' })
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.principal.kind !== 'operator') throw unauthenticated();
    ctx.audit.actorId = ctx.principal.operator.id;
    await logOut(ctx, ctx.principal.session);
    return true;
  }
}
