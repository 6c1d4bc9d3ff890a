import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { connectionOf, paginate } from '../../graphql/connection.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import { containsPattern, sqlParams } from '../auth/scope.js';
import { actOf } from '../workflow/workflow.js';

@ObjectType({ description: '公开的绩效目标 / A published target' })
class PublicIndicator {
  @Field({ description: '指标名称 / Indicator' }) name: string;
  @Field({ description: '一级指标 / Level 1' }) level1: string;
  @Field({ description: '比较符 / Comparator' }) comparator: string;
  @Field(() => String, { nullable: true, description: '目标值 / Target value' }) targetValue: string | null;
  @Field(() => String, { nullable: true, description: '定性目标 / Qualitative target' }) targetText: string | null;
  @Field({ description: '计量单位 / Unit of measure' }) unitOfMeasure: string;
}

@ObjectType({ description: '公开的评价结果 / A published evaluation result' })
class PublicEvaluation {
  @Field({ description: '评价类型 / Kind' }) kind: string;
  @Field(() => Float, { nullable: true, description: '得分 / Score' }) score: number | null;
  @Field(() => String, { nullable: true, description: '等次 / Grade' }) grade: string | null;
  @Field({ description: '公开日期 / Published on' }) publishedOn: string;
}

@ObjectType({ description: '公开的项目绩效信息 / A project as disclosed to the public' })
class PublicProject {
  @Field(() => ID, { description: '全局 ID / Global id' }) id: string;
  @Field({ description: '项目编码 / Code' }) code: string;
  @Field({ description: '项目名称 / Name' }) name: string;
  @Field({ description: '实施单位 / Unit' }) unitName: string;
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => DecimalScalar, { description: '预算（元）/ Budget' }) budget: string;
  @Field({ description: '目标公开日期 / Targets published on' }) targetsPublishedOn: string;
  @Field(() => [PublicIndicator], { description: '绩效目标 / Targets' }) indicators: PublicIndicator[];
  @Field(() => [PublicEvaluation], { description: '已公开的评价 / Published evaluations' })
  evaluations: PublicEvaluation[];
}

const PublicProjectConnection = connectionOf(PublicProject, 'PublicProject');

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
    const p = sqlParams([year]);
    let where = '';
    if (search) {
      const like = p.push(containsPattern(search));
      where += ` AND (p.name ILIKE ${like} OR p.code ILIKE ${like} OR u.name ILIKE ${like})`;
    }
    if (withEvaluations)
      where += ` AND EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id AND e.published_on IS NOT NULL AND e.status = 'FINAL')`;
    return PublicProjectConnection.of(
      paginate({
        db: ctx.db,
        select: `p.id, p.code, p.name, u.name AS unit_name, p.year, p.budget::text AS budget, p.targets_published_on::text AS published,
        (SELECT COALESCE(json_agg(json_build_object('name', i.name, 'level1', i.level1, 'comparator', i.comparator,
           'targetValue', trim(trailing '.' from trim(trailing '0' from i.target_value::text)), 'targetText', i.target_text, 'unitOfMeasure', i.unit_of_measure) ORDER BY i.id), '[]')
           FROM project_indicator i WHERE i.project_id = p.id AND i.retired_on IS NULL) AS indicators,
        (SELECT COALESCE(json_agg(json_build_object('kind', e.kind, 'score', COALESCE(e.expert_score, e.score), 'grade', e.grade, 'publishedOn', e.published_on) ORDER BY e.id), '[]')
           FROM evaluation e WHERE e.project_id = p.id AND e.published_on IS NOT NULL AND e.status = 'FINAL') AS evaluations`,
        from: `FROM project p JOIN unit u ON u.id = p.unit_id
             WHERE p.year = $1 AND p.targets_published_on IS NOT NULL AND p.target_status = 'APPROVED' AND NOT u.classified${where}`,
        params: p.values,
        idExpr: 'p.id',
        order: { expr: 'p.code', type: 'text', direction: 'ASC' },
        first: first ?? 20,
        after,
        map: (r: any): PublicProject => ({
          id: toGlobalId('PublicProject', r.id),
          code: r.code,
          name: r.name,
          unitName: r.unit_name,
          year: r.year,
          budget: r.budget,
          targetsPublishedOn: r.published,
          indicators: r.indicators,
          evaluations: r.evaluations.map((e: any) => ({ ...e, score: e.score === null ? null : Number(e.score) })),
        }),
      }),
    );
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
