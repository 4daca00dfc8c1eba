import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { ApiKey } from './api-key.entity';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service';
import { requireOperator } from './authorization';
import { CreateApiKeyInput, createApiKeySchema } from './dto/create-api-key.input';
import { idField } from './dto/fields';

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
  apiKeys(@Arg('tenantId', () => ID) tenantId: string, @Ctx() ctx: Context): Promise<ApiKey[]> {
    requireOperator(ctx);
    return listApiKeys(ctx, parseInput(idField, tenantId));
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'OWNER only' })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiKeyPayload> {
    const operator = requireOperator(ctx);
    return createApiKey(ctx, operator, parseInput(createApiKeySchema, input));
  }

  @Mutation(() => ApiKey, { description: 'OWNER only; the key stops working at once' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKey> {
    requireOperator(ctx);
    return revokeApiKey(ctx, parseInput(idField, id));
  }
}
