import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { Context } from '../../graphql/context.js';
import { connectionOf, paginate, pageSize } from '../../graphql/connection.js';
import { JSONScalar } from '../../graphql/scalars.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { sqlParams } from '../auth/scope.js';

@ObjectType({ description: '审计日志条目 / An audit log entry' })
export class AuditEntry {
  @Field(() => ID, { description: '条目全局 ID / Global id of the entry' }) id: string;
  @Field({ description: '时间 / When' }) at: Date;
  @Field(() => String, { nullable: true, description: '用户 / Who' }) username: string | null;
  @Field(() => Boolean, { description: '通过 BI 令牌 / Through a BI token' }) viaToken: boolean;
  @Field({ description: '动作 / What: LOGIN, LOGIN_FAILED, LOGOUT, TOKEN_USED, CREATE, UPDATE …' }) action: string;
  @Field(() => String, { nullable: true, description: '对象类型，如 RuleSet / Type of the object, e.g. RuleSet' })
  entity: string | null;
  @Field(() => String, { nullable: true, description: '对象编号 / Id of the object' }) entityId: string | null;
  @Field(() => JSONScalar, { nullable: true, description: '修改前 / Before' }) before: unknown;
  @Field(() => JSONScalar, { nullable: true, description: '修改后 / After' }) after: unknown;
  @Field(() => String, { nullable: true, description: '请求 ID（与服务日志一致）/ Request id, as in the server log' })
  requestId: string | null;
}

const AuditConnection = connectionOf(AuditEntry, 'AuditEntry');

@InputType({ description: '审计日志筛选 / Audit log filters' })
class AuditFilter {
  @Field({ nullable: true, description: '动作，如 LOGIN、UPDATE / Action, e.g. LOGIN, UPDATE' })
  @IsOptional()
  @MaxLength(40)
  action?: string;
  @Field({ nullable: true, description: '对象类型，如 RuleSet / Type of the object, e.g. RuleSet' })
  @IsOptional()
  @MaxLength(60)
  entity?: string;
  @Field({ nullable: true, description: '用户名 / Username' }) @IsOptional() @MaxLength(64) username?: string;
}

@ArgsType()
class AuditPage {
  @Field(() => Int, {
    nullable: true,
    description: '每页条数（个人最多100，BI令牌最多1000）/ Page size (≤100 people, ≤1000 BI tokens)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  first?: number;
  @Field(() => String, { nullable: true, description: '从该游标之后开始 / Start after this cursor' }) after?: string;
}

@Resolver()
export class AuditResolver {
  @Authorized('LEADERSHIP', 'PERFORMANCE')
  @Query(() => AuditConnection, {
    description:
      '审计日志（最新在前；领导与绩效科）/ The audit log, newest first (leadership and the performance section)',
  })
  auditLog(
    @Args() { first, after }: AuditPage,
    @Arg('filter', () => AuditFilter, { nullable: true, description: '筛选条件 / Filters' }) filter: AuditFilter | null,
    @Ctx() ctx: Context,
  ) {
    const v = ctx.viewer!;
    const p = sqlParams();
    // The entries of the viewer's county's users (and failed logins of unknown names).
    let where = `(a.user_id IS NULL OR usr.region_id = ${p.push(v.regionId)})`;
    if (filter?.action) where += ` AND a.action = ${p.push(filter.action)}`;
    if (filter?.entity) where += ` AND a.entity = ${p.push(filter.entity)}`;
    if (filter?.username) where += ` AND usr.username = ${p.push(filter.username)}`;
    return AuditConnection.of(
      paginate({
        db: ctx.db,
        select:
          'a.id::int AS aid, a.at, usr.username, a.token_id, a.action, a.entity, a.entity_id, a.before, a.after, a.request_id',
        from: `FROM audit_log a LEFT JOIN app_user usr ON usr.id = a.user_id WHERE ${where}`,
        params: p.values,
        idExpr: 'a.id::int',
        order: { expr: 'a.id::int', type: 'int', direction: 'DESC' },
        first: pageSize(v, first),
        after,
        map: (r: any): AuditEntry => ({
          id: toGlobalId('AuditEntry', r.aid),
          at: r.at,
          username: r.username,
          viaToken: r.token_id !== null,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          before: r.before,
          after: r.after,
          requestId: r.request_id,
        }),
      }),
    );
  }
}
