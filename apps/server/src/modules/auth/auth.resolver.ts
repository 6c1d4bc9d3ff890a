import { Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { LoginResult, Me } from './auth.types.js';
import { TextArg } from '../../graphql/text.js';
import { MAX_PASSWORD_LENGTH } from './password-policy.js';

const MAX_USERNAME_LENGTH = 64;
/** The policy counts 128 characters; a character beyond the BMP is two UTF-16 units, as the check counts them. */
const MAX_PASSWORD_UNITS = 2 * MAX_PASSWORD_LENGTH;

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: '用户名密码登录 / Log in with username and password' })
  async login(
    @TextArg('username', MAX_USERNAME_LENGTH, { description: '用户名 / Username' }) username: string,
    @TextArg('password', MAX_PASSWORD_UNITS, { description: '密码 / Password' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const session = await ctx.services.auth.login(username, password, ctx.requestId, ctx.ip);
    return this.result(session, ctx);
  }

  @Authorized('WRITE')
  @Mutation(() => LoginResult, {
    description:
      '修改本人密码（至少10个字符，不能是用户名或演示密码）；本人所有会话随即失效，返回新的令牌 / Change my password (at least 10 characters, not the username nor the demo password): every session of mine ends, the answer carries a new token',
  })
  async changePassword(
    @TextArg('currentPassword', MAX_PASSWORD_UNITS, {
      description: '当前密码（或一次性密码）/ The current (or one-time) password',
    })
    currentPassword: string,
    @TextArg('newPassword', MAX_PASSWORD_UNITS, { description: '新密码 / The new password' }) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const session = await ctx.services.auth.changePassword(ctx.viewer!, currentPassword, newPassword, ctx.requestId);
    return this.result(session, ctx);
  }

  private async result(
    session: { token: string; expiresAt: Date; viewer: NonNullable<Context['viewer']> },
    ctx: Context,
  ): Promise<LoginResult> {
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      me: await ctx.services.me.describe(session.viewer),
      mustChangePassword: session.viewer.mustChangePassword,
    };
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
