import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Role } from '@jixiao/schema/enums';
import { RoleEnum } from '../../graphql/enums.js';

@ObjectType({ description: '当前用户及其数据范围 / The signed-in user and their scope' })
export class Me {
  @Field(() => ID, { description: '用户全局 ID / Global id of the user' })
  id: string;

  @Field({ description: '用户名 / Username' })
  username: string;

  @Field({ description: '姓名 / Display name' })
  displayName: string;

  @Field(() => RoleEnum, { description: '角色 / Role' })
  role: Role;

  @Field({ description: '所属地区 / Region of the user' })
  regionName: string;

  @Field(() => String, {
    nullable: true,
    description:
      '所属地区英文名称（无则为空，显示中文名）/ The region’s English name (null when none is known; the name is shown)',
  })
  regionNameEn: string | null;

  @Field(() => String, { nullable: true, description: '所属科室 / Section, for section users' })
  sectionName: string | null;

  @Field(() => String, { nullable: true, description: '所属单位 / Unit, for unit users' })
  unitName: string | null;

  @Field(() => String, { nullable: true, description: '所属机构 / Agency, for agency users' })
  agencyName: string | null;

  @Field(() => ID, { nullable: true, description: '所属科室 ID / Section id' })
  sectionId: string | null;

  @Field(() => ID, { nullable: true, description: '所属单位 ID / Unit id' })
  unitId: string | null;

  @Field(() => ID, { nullable: true, description: '所属机构 ID / Agency id' })
  agencyId: string | null;

  @Field(() => [Int], { description: '有数据的预算年度（新到旧）/ Budget years with data, newest first' })
  years: number[];

  @Field({ description: '数据范围说明 / What rows this viewer sees, in words' })
  scopeDescription: string;

  @Field({ description: '只读（BI 令牌）/ Read-only (a BI token)' })
  readOnly: boolean;

  @Field({
    description:
      '须先修改一次性密码：在此之前只能调用 changePassword、me、logout / Must change a one-time password first: until then only changePassword, me and logout',
  })
  mustChangePassword: boolean;
}

@ObjectType({ description: '登录结果 / Result of a login' })
export class LoginResult {
  @Field({ description: '访问令牌，放入 Authorization: Bearer 头 / Token for the Authorization: Bearer header' })
  token: string;

  @Field({ description: '过期时间 / Expiry time' })
  expiresAt: Date;

  @Field(() => Me, { description: '登录的用户 / The user logged in' })
  me: Me;

  @Field({
    description:
      '须先修改一次性密码（同 me.mustChangePassword）/ Must change a one-time password first (as me.mustChangePassword)',
  })
  mustChangePassword: boolean;
}
