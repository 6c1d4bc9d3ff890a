import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { actOf } from '../workflow/index.js';
import { PublicProjectConnection } from './disclosure.types.js';

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
}

@Resolver()
export class DisclosureResolver {
  @Query(() => PublicProjectConnection, {
    description:
      '公开信息（无需登录；涉密单位从不公开）/ What is disclosed to the public (no login; never a classified unit’s rows)',
  })
  publicDisclosures(@Args() { year, first, after, search, withEvaluations }: PublicArgs, @Ctx() ctx: Context) {
    return PublicProjectConnection.of(
      ctx.services.disclosure.publicProjects({ year, first, after, search, withEvaluations }),
    );
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
