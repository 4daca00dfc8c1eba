import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { IdArgs, TenantIdArgs } from '../../graphql/id-args';
import { ApiKey } from './api-key.entity';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service';
import { requireOperator } from './authorization';
import { CreateApiKeyInput } from './dto/create-api-key.input';

@ObjectType('CreateApiKeyPayload')
class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'the secret, shown once' })
  key!: string;
}

@Resolver()
export class ApiKeysResolver {
  @Query(() => [ApiKey], { description: 'OWNER only; newest first, revoked keys included' })
  apiKeys(@Args(() => TenantIdArgs) { tenantId }: TenantIdArgs, @Ctx() ctx: Context): Promise<ApiKey[]> {
    requireOperator(ctx);
    return listApiKeys(ctx, tenantId);
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'OWNER only' })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiKeyPayload> {
    const operator = requireOperator(ctx);
    return createApiKey(ctx, operator, input);
  }

  @Mutation(() => ApiKey, { description: 'OWNER only; the key stops working at once' })
  revokeApiKey(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<ApiKey> {
    requireOperator(ctx);
    return revokeApiKey(ctx, id);
  }
}
