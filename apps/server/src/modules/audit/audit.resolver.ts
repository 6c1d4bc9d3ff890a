import { Arg, Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Query, Resolver } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { Context } from '../../graphql/context.js';
import { AuditConnection } from './audit.types.js';

@InputType({ description: '审计日志筛选 / Audit log filters' })
export class AuditFilter {
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
    return AuditConnection.of(ctx.readers.audit.page(filter ?? {}, first, after));
  }
}
