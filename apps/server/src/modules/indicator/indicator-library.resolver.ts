import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
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
import type { Context } from '../../graphql/context.js';
import { connectionOf, paginate, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { containsPattern, sqlParams } from '../auth/scope.js';

@ObjectType({
  description: '指标库分组：共性类别或行业领域 / A group of the indicator library: a common category or a sector',
})
class IndicatorGroupInfo {
  @Field({ description: '编码 / Code' }) code: string;
  @Field({ description: 'COMMON（共性）或 SECTOR（行业）/ Library' }) library: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field({ description: '英文名称 / English name' }) nameEn: string;
  @Field(() => Int, { description: '三级指标数 / Level-3 indicators' }) indicatorCount: number;
}

@ObjectType({ description: '指标库中的三级指标 / A level-3 indicator of the library' })
class IndicatorTemplateInfo {
  @Field(() => ID, { description: '指标 ID（建目标时作 templateId）/ Id, the templateId when building targets' })
  id: string;
  @Field({ description: '编码 / Code' }) code: string;
  @Field({ description: '所属分组 / Group' }) groupName: string;
  @Field({ description: '一级指标 / Level 1' }) level1: string;
  @Field({ description: '二级指标 / Level 2' }) level2: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field({ description: '比较符 / Comparator' }) comparator: string;
  @Field({ description: '计量单位 / Unit of measure' }) unitOfMeasure: string;
  @Field({ description: '参考值 / Reference value' }) referenceValue: string;
  @Field({ description: '量化指标 / Quantitative' }) quantitative: boolean;
}

const IndicatorTemplateConnection = connectionOf(IndicatorTemplateInfo, 'IndicatorTemplate');

@InputType({ description: '指标库筛选 / Filters of the indicator library' })
class IndicatorTemplateFilter {
  @Field({ nullable: true, description: '分组编码 / Group code' }) @IsOptional() @MaxLength(16) groupCode?: string;
  @Field({ nullable: true, description: '一级指标 / Level 1' }) @IsOptional() @MaxLength(16) level1?: string;
  @Field({ nullable: true, description: '按名称搜索 / Search in names' }) @IsOptional() @MaxLength(100) search?: string;
}

@ArgsType()
class LibraryPage {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: '每页条数 / Page size' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  first?: number;
  @Field(() => String, { nullable: true, description: '游标 / Cursor' }) after?: string;
}

/** The indicator library is reference data: every signed-in user may browse it to build targets. */
@Resolver()
export class IndicatorLibraryResolver {
  @Authorized()
  @Query(() => [IndicatorGroupInfo], { description: '指标库分组 / Groups of the indicator library' })
  async indicatorGroups(@Ctx() ctx: Context): Promise<IndicatorGroupInfo[]> {
    const rows = await ctx.db.query(
      `SELECT g.code, g.library, g.name, g.name_en, count(t.id)::int AS n FROM indicator_group g
         LEFT JOIN indicator_template t ON t.group_id = g.id GROUP BY g.id ORDER BY g.library, g.code`,
    );
    return rows.map((r: any) => ({
      code: r.code,
      library: r.library,
      name: r.name,
      nameEn: r.name_en,
      indicatorCount: r.n,
    }));
  }

  @Authorized()
  @Query(() => IndicatorTemplateConnection, { description: '指标库三级指标 / Level-3 indicators of the library' })
  indicatorTemplates(
    @Args() { first, after }: LibraryPage,
    @Arg('filter', () => IndicatorTemplateFilter, { nullable: true, description: '筛选 / Filters' })
    filter: IndicatorTemplateFilter | null,
    @Ctx() ctx: Context,
  ) {
    const p = sqlParams();
    let where = 'TRUE';
    if (filter?.groupCode) where += ` AND g.code = ${p.push(filter.groupCode)}`;
    if (filter?.level1) where += ` AND t.level1 = ${p.push(filter.level1)}`;
    if (filter?.search) where += ` AND t.name ILIKE ${p.push(containsPattern(filter.search))}`;
    return IndicatorTemplateConnection.of(
      paginate({
        db: ctx.db,
        select:
          't.id AS tid, t.code, g.name AS group_name, t.level1, t.level2, t.name, t.comparator, t.unit_of_measure, t.reference_value, t.quantitative',
        from: `FROM indicator_template t JOIN indicator_group g ON g.id = t.group_id WHERE ${where}`,
        params: p.values,
        idExpr: 't.id',
        order: { expr: 't.code', type: 'text', direction: 'ASC' },
        first: pageSize(ctx.viewer!, first),
        after,
        map: (r: any): IndicatorTemplateInfo => ({
          id: toGlobalId('IndicatorTemplate', r.tid),
          code: r.code,
          groupName: r.group_name,
          level1: r.level1,
          level2: r.level2,
          name: r.name,
          comparator: r.comparator,
          unitOfMeasure: r.unit_of_measure,
          referenceValue: r.reference_value,
          quantitative: r.quantitative,
        }),
      }),
    );
  }
}
