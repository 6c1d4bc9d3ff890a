import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { pageSize } from '../../graphql/connection.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import { actOf } from '../workflow/index.js';
import type { UserRow } from './user.service.js';
import {
  CreateUserInput,
  UserAccount,
  UserAccountConnection,
  UserFilter,
  UserPage,
  UserScopeOptions,
  UserWithPassword,
} from './user.types.js';

export const userAccount = (r: UserRow, lockedUntil: Date | null = null): UserAccount => ({
  id: toGlobalId('User', r.id),
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  regionCode: r.region_code,
  regionName: r.region_name,
  sectionName: r.section_name,
  unitName: r.unit_name,
  agencyName: r.agency_name,
  active: r.active,
  mustChangePassword: r.must_change_password,
  createdAt: r.created_at,
  lockedUntil,
});

const optionalId = (type: string, id: string | null | undefined, field: string) => (id ? idOf(type, id, field) : null);

/** User administration: the ADMIN role, within its region and the regions below (scope.ts `administeredRegions`). */
@Resolver()
export class UserResolver {
  @Authorized('ADMIN')
  @Query(() => UserAccountConnection, {
    description: '本地区及下辖地区的用户（按用户名）/ The users of my region and the regions below, by username',
  })
  users(
    @Args() { first, after }: UserPage,
    @Arg('filter', () => UserFilter, { nullable: true, description: '筛选条件 / Filters' }) filter: UserFilter | null,
    @Ctx() ctx: Context,
  ) {
    const v = ctx.viewer!;
    return UserAccountConnection.of(
      ctx.services.users.list(v, filter ?? {}, pageSize(v, first), after).then(async (shape) => {
        const locked = await ctx.services.users.lockedUntil(shape.edges.map((e) => e.node));
        return {
          ...shape,
          edges: shape.edges.map((e) => ({ ...e, node: userAccount(e.node, locked.get(e.node.id)) })),
        };
      }),
    );
  }

  @Authorized('ADMIN')
  @Query(() => UserScopeOptions, {
    description:
      '新用户可归属的地区、科室、单位、机构 / The regions, sections, units and agencies a new user can belong to',
  })
  async userScopeOptions(@Ctx() ctx: Context): Promise<UserScopeOptions> {
    const o = await ctx.services.users.scopeOptions(ctx.viewer!);
    return {
      regions: o.regions.map((r) => ({ code: r.code, name: r.name, level: r.level })),
      sections: o.sections.map((s) => ({
        id: toGlobalId('Section', s.id),
        code: s.code,
        name: s.name,
        regionName: s.region_name,
        kind: s.kind,
        classified: false,
      })),
      units: o.units.map((u) => ({
        id: toGlobalId('Unit', u.id),
        code: u.code,
        name: u.name,
        regionName: u.region_name,
        kind: null,
        classified: u.classified,
      })),
      agencies: o.agencies.map((a) => ({
        id: toGlobalId('Agency', a.id),
        code: a.code,
        name: a.name,
        regionName: a.region_name,
        kind: null,
        classified: false,
      })),
    };
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => UserWithPassword, {
    description:
      '新建用户，返回一次性密码（首次登录须修改）/ Create a user; answers a one-time password that must be changed at first login',
  })
  async createUser(
    @Arg('input', () => CreateUserInput, { description: '新用户 / The new user' }) input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserWithPassword> {
    const { row, oneTimePassword } = await ctx.services.users.createUser(actOf(ctx), {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      regionCode: input.regionCode ?? null,
      sectionId: optionalId('Section', input.sectionId, 'sectionId'),
      unitId: optionalId('Unit', input.unitId, 'unitId'),
      agencyId: optionalId('Agency', input.agencyId, 'agencyId'),
    });
    return { user: userAccount(row), oneTimePassword };
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => UserAccount, {
    description: '停用用户：其登录与 BI 令牌随即失效 / Deactivate a user: their sessions and BI tokens stop at once',
  })
  async deactivateUser(
    @Arg('id', () => ID, { description: '用户全局 ID / Global id of the user' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<UserAccount> {
    return userAccount(await ctx.services.users.deactivateUser(actOf(ctx), idOf('User', id, 'id')));
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => UserWithPassword, {
    description:
      '重置密码：其所有会话随即失效，返回一次性密码 / Reset a password: every session of the user ends; answers a one-time password',
  })
  async resetPassword(
    @Arg('id', () => ID, { description: '用户全局 ID / Global id of the user' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<UserWithPassword> {
    const { row, oneTimePassword } = await ctx.services.users.resetPassword(actOf(ctx), idOf('User', id, 'id'));
    return { user: userAccount(row), oneTimePassword };
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => UserAccount, {
    description:
      '解除登录锁定（连续登录失败所致）/ Lift a login lockout (after repeated failed logins); refused when the user is not locked',
  })
  async unlockUser(
    @Arg('id', () => ID, { description: '用户全局 ID / Global id of the user' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<UserAccount> {
    return userAccount(await ctx.services.users.unlockUser(actOf(ctx), idOf('User', id, 'id')));
  }
}
