import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IndicatorGroupInfo, IndicatorTemplateConnection } from './indicator-library.types.js';

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
  indicatorGroups(@Ctx() ctx: Context) {
    return ctx.readers.indicatorLibrary.groups();
  }

  @Authorized()
  @Query(() => IndicatorTemplateConnection, { description: '指标库三级指标 / Level-3 indicators of the library' })
  indicatorTemplates(
    @Args() { first, after }: LibraryPage,
    @Arg('filter', () => IndicatorTemplateFilter, { nullable: true, description: '筛选 / Filters' })
    filter: IndicatorTemplateFilter | null,
    @Ctx() ctx: Context,
  ) {
    return IndicatorTemplateConnection.of(ctx.readers.indicatorLibrary.templates(filter ?? {}, first, after));
  }
}
