import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { actOf } from '../workflow/index.js';
import { YearArgs } from '../analytics/index.js';
import { PublicCounty, PublicProjectConnection, PublicSummary } from './disclosure.types.js';
import { publicCounties, publicSummary } from './public-summary.js';

@ArgsType()
class PublicArgs {
  @Field(() => Int, { description: '预算年度 / Budget year' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Int, { nullable: true, defaultValue: 20, description: '每页条数（最多100）/ Page size (≤100)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
  @Field(() => String, { nullable: true, description: '游标 / Cursor' }) after?: string;
  @Field(() => String, {
    nullable: true,
    description: '按项目名称、编码或单位名称搜索 / Search in project name, code and unit name',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: '只列有已公开评价的项目 / Only projects with a published evaluation',
  })
  @IsOptional()
  withEvaluations?: boolean;
  @Field(() => String, {
    nullable: true,
    description: '县（行政区划代码；默认不限）/ County (division code; all by default)',
  })
  @IsOptional()
  @MaxLength(12)
  regionCode?: string;
}

@Resolver()
export class DisclosureResolver {
  @Query(() => PublicProjectConnection, {
    description:
      '公开信息（无需登录；涉密单位从不公开）/ What is disclosed to the public (no login; never a classified unit’s rows)',
  })
  publicDisclosures(
    @Args() { year, first, after, search, withEvaluations, regionCode }: PublicArgs,
    @Ctx() ctx: Context,
  ) {
    return PublicProjectConnection.of(
      ctx.services.disclosure.publicProjects({ year, first, after, search, withEvaluations, regionCode }),
    );
  }

  @Query(() => [PublicCounty], {
    description: '有公开信息的县（无需登录）/ The counties with anything published (no login)',
  })
  publicCounties(@Ctx() ctx: Context) {
    return publicCounties(ctx.db);
  }

  @Query(() => PublicSummary, {
    description:
      '某县某预算年度的公开概况（无需登录；只计已公开的）/ A county’s published figures of a budget year (no login; published rows only)',
  })
  publicSummary(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('regionCode', () => String, {
      nullable: true,
      description:
        '县（行政区划代码；默认第一个有公开信息的县）/ County (division code; by default the first with anything published)',
    })
    regionCode: string | null,
    @Ctx() ctx: Context,
  ) {
    return publicSummary(ctx.db, YearArgs.check(year), regionCode);
  }

  @Query(() => [Int], {
    description:
      '有公开信息的预算年度，由近及远（无需登录）/ Budget years with anything published, newest first (no login)',
  })
  publicDisclosureYears(@Ctx() ctx: Context) {
    return ctx.services.disclosure.publicYears();
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, {
    description: '公开已批准的绩效目标（绩效科）/ Publish approved targets (performance section)',
  })
  publishTargets(
    @Arg('projectIds', () => [ID], { description: '项目 / Projects' }) ids: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.disclosure.publishTargets(
      actOf(ctx),
      ids.map((id, i) => idOf('Project', id, `projectIds[${i}]`)),
    );
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, { description: '公开已定稿的评价（绩效科）/ Publish final evaluations (performance section)' })
  publishEvaluations(
    @Arg('evaluationIds', () => [ID], { description: '评价 / Evaluations' }) ids: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.disclosure.publishEvaluations(
      actOf(ctx),
      ids.map((id, i) => idOf('Evaluation', id, `evaluationIds[${i}]`)),
    );
  }
}
