import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { RegionLevel, Role, SectionKind } from '@jixiao/schema/enums';
import { connectionOf } from '../../graphql/connection.js';
import { RegionLevelEnum, RoleEnum, SectionKindEnum } from '../../graphql/enums.js';
import { TextField } from '../../graphql/text.js';

@ObjectType({ description: '用户账号（系统管理员所见）/ A user account, as an administrator sees it' })
export class UserAccount {
  @Field(() => ID, { description: '用户全局 ID / Global id of the user' }) id: string;
  @Field({ description: '用户名 / Username' }) username: string;
  @Field({ description: '姓名 / Display name' }) displayName: string;
  @Field(() => RoleEnum, { description: '角色 / Role' }) role: Role;
  @Field({ description: '所属地区代码 / Code of the user’s region' }) regionCode: string;
  @Field({ description: '所属地区 / The user’s region' }) regionName: string;
  @Field(() => String, { nullable: true, description: '所属科室 / Section, for section users' })
  sectionName: string | null;
  @Field(() => String, { nullable: true, description: '所属单位 / Unit, for unit users' }) unitName: string | null;
  @Field(() => String, { nullable: true, description: '所属机构 / Agency, for agency users' }) agencyName:
    string | null;
  @Field({ description: '是否启用 / Active (may log in)' }) active: boolean;
  @Field({ description: '须修改一次性密码 / Still has a one-time password to change' }) mustChangePassword: boolean;
  @Field({ description: '创建时间 / Created at' }) createdAt: Date;
  @Field(() => Date, {
    nullable: true,
    description:
      '登录锁定截止时间（连续登录失败后锁定；空为未锁定）/ When the login lockout after repeated failed logins ends; null when not locked',
  })
  lockedUntil: Date | null;
}

export const UserAccountConnection = connectionOf(UserAccount, 'UserAccount');

@ObjectType({
  description: '附一次性密码的用户：密码仅此一次可见 / A user with a one-time password, shown this once',
})
export class UserWithPassword {
  @Field(() => UserAccount, { description: '用户 / The user' }) user: UserAccount;
  @Field({
    description:
      '一次性密码：请交给本人，首次登录须修改 / The one-time password: hand it over; it must be changed at first login',
  })
  oneTimePassword: string;
}

@InputType({ description: '新用户 / A new user' })
export class CreateUserInput {
  @TextField(64, { description: '用户名（2–64个字母、数字或 . _ -）/ Username: 2–64 letters, digits or . _ -' })
  username: string;
  @TextField(100, { description: '姓名 / Display name' }) displayName: string;
  @Field(() => RoleEnum, { description: '角色 / Role' }) role: Role;
  @TextField(12, {
    nullable: true,
    description:
      '地区代码：领导、上级财政、系统管理员（绩效科、预算科未指定科室时）/ Region code: for leadership, upper level, administrators (and the performance or budget section without a section)',
  })
  @IsOptional()
  regionCode?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      '科室 ID：业务科室、资金科室（绩效科、预算科可选）/ Section: for business and fund sections (optional for the performance and budget sections)',
  })
  @IsOptional()
  sectionId?: string | null;
  @Field(() => ID, { nullable: true, description: '单位 ID：部门单位用户 / Unit: for unit users' })
  @IsOptional()
  unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '机构 ID：第三方机构用户 / Agency: for agency users' })
  @IsOptional()
  agencyId?: string | null;
}

@InputType({ description: '用户筛选 / User filters' })
export class UserFilter {
  @Field({ nullable: true, description: '用户名或姓名包含 / Username or name contains' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
  @Field(() => RoleEnum, { nullable: true, description: '角色 / Role' }) @IsOptional() role?: Role;
  @Field({ nullable: true, description: '是否启用 / Active or not' }) @IsOptional() active?: boolean;
}

@ArgsType()
export class UserPage {
  @Field(() => Int, { nullable: true, description: '每页条数（最多100）/ Page size (at most 100)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
  @Field(() => String, { nullable: true, description: '从该游标之后开始 / Start after this cursor' }) after?: string;
}

@ObjectType({ description: '可选的地区 / A region one can bind a user to' })
export class RegionOption {
  @Field({ description: '行政区划代码 / Administrative division code' }) code: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field(() => RegionLevelEnum, { description: '级别 / Level' }) level: RegionLevel;
}

@ObjectType({ description: '可选的科室、单位或机构 / A section, unit or agency one can bind a user to' })
export class ScopeOption {
  @Field(() => ID, { description: '全局 ID / Global id' }) id: string;
  @Field({ description: '编码 / Code' }) code: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field({ description: '所在地区 / Its region' }) regionName: string;
  @Field(() => SectionKindEnum, { nullable: true, description: '科室类型（科室才有）/ Kind, for sections' })
  kind: SectionKind | null;
  @Field({ description: '涉密单位（单位才可能）/ A classified unit' }) classified: boolean;
}

@ObjectType({
  description:
    '系统管理员可分配的范围（本地区及下辖地区）/ What an administrator can bind users to: its region and those below',
})
export class UserScopeOptions {
  @Field(() => [RegionOption], { description: '地区 / Regions' }) regions: RegionOption[];
  @Field(() => [ScopeOption], { description: '科室 / Sections' }) sections: ScopeOption[];
  @Field(() => [ScopeOption], { description: '单位 / Units' }) units: ScopeOption[];
  @Field(() => [ScopeOption], { description: '第三方机构 / Agencies' }) agencies: ScopeOption[];
}
