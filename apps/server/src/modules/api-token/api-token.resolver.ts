import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import type { ApiTokenRow } from './api-token.service.js';
import { TEXT, TextArg } from '../../graphql/text.js';

@ObjectType({ description: 'BI 只读令牌 / A read-only token for BI tools' })
export class ApiTokenInfo {
  @Field(() => ID, { description: '令牌全局 ID / Global id of the token' }) id: string;
  @Field({ description: '令牌名称 / Name given to the token' }) name: string;
  @Field({ description: '令牌前缀，用于辨认 / First characters, to recognise it' }) prefix: string;
  @Field({ description: '创建时间 / Created at' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: '最近使用时间 / Last used at' }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '吊销时间（有效时为空）/ Revoked at; null while valid' })
  revokedAt: Date | null;
}

@ObjectType({ description: '新建的令牌：令牌值仅此一次可见 / A new token: its value is shown this once' })
export class CreatedApiToken {
  @Field({ description: '令牌值，请立即保存 / The token; store it now' }) token: string;
  @Field(() => ApiTokenInfo, { description: '令牌信息 / The token’s details' }) apiToken: ApiTokenInfo;
}

const info = (r: ApiTokenRow): ApiTokenInfo => ({
  id: toGlobalId('ApiToken', r.id),
  name: r.name,
  prefix: r.prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

@Resolver()
export class ApiTokenResolver {
  @Authorized()
  @Query(() => [ApiTokenInfo], { description: '我的 BI 令牌 / My BI tokens' })
  async apiTokens(@Ctx() ctx: Context) {
    return (await ctx.services.apiTokens.list(ctx.viewer!)).map(info);
  }

  @Authorized('WRITE')
  @Mutation(() => CreatedApiToken, {
    description: '新建 BI 只读令牌（范围同本人）/ Create a read-only BI token with my scope',
  })
  async createApiToken(
    @TextArg('name', TEXT.label, {
      description: '令牌名称，如所用的 BI 工具 / Name of the token, e.g. the BI tool that uses it',
    })
    name: string,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiToken> {
    const { token, row } = await ctx.services.apiTokens.create(ctx.viewer!, name, ctx.requestId);
    return { token, apiToken: info(row) };
  }

  @Authorized('WRITE')
  @Mutation(() => ApiTokenInfo, { description: '吊销 BI 令牌 / Revoke a BI token' })
  async revokeApiToken(
    @Arg('id', () => ID, { description: '令牌全局 ID / Global id of the token' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return info(await ctx.services.apiTokens.revoke(ctx.viewer!, idOf('ApiToken', id, 'id'), ctx.requestId));
  }
}
