import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { LoginResult, Me } from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: '用户名密码登录 / Log in with username and password' })
  async login(
    @Arg('username', { description: '用户名 / Username' }) username: string,
    @Arg('password', { description: '密码 / Password' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const session = await ctx.services.auth.login(username, password, ctx.requestId);
    return { token: session.token, expiresAt: session.expiresAt, me: await ctx.services.me.describe(session.viewer) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '退出登录，令牌随即失效 / Log out: the token stops working' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.viewer!, ctx.requestId);
    return true;
  }

  @Authorized()
  @Query(() => Me, { description: '当前用户 / The signed-in user' })
  me(@Ctx() ctx: Context): Promise<Me> {
    return ctx.services.me.describe(ctx.viewer!);
  }
}
