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
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { idOf } from '../../graphql/global-id.js';
import { actOf } from '../workflow/index.js';
import type { Context } from '../../graphql/context.js';
import { IndicatorGroupInfo, IndicatorTemplateConnection, IndicatorTemplateInfo } from './indicator-library.types.js';
import { TextField } from '../../graphql/text.js';

@InputType({ description: '指标库筛选 / Filters of the indicator library' })
class IndicatorTemplateFilter {
  @Field({ nullable: true, description: '分组编码 / Group code' }) @IsOptional() @MaxLength(16) groupCode?: string;
  @Field({ nullable: true, description: '一级指标 / Level 1' }) @IsOptional() @MaxLength(16) level1?: string;
  @Field({ nullable: true, description: '按名称搜索 / Search in names' }) @IsOptional() @MaxLength(100) search?: string;
  @Field(() => Int, {
    nullable: true,
    description: '该年度的指标库（默认当前版本）/ The library of that year (default: current versions)',
  })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
  @Field({ nullable: true, description: '含已退出的版本 / Include retired versions' })
  @IsOptional()
  includeRetired?: boolean;
}

@InputType({ description: '指标库模板 / A template of the indicator library' })
class IndicatorTemplateInput {
  @TextField(16, { description: '分组编码 / Group code' }) groupCode: string;
  @TextField(16, { description: '编码（同一指标各版本相同）/ Code, the same for every version' }) code: string;
  @TextField(16, { description: '一级指标：OUTPUT BENEFIT SATISFACTION COST / Level 1' }) level1: string;
  @TextField(40, { description: '二级指标 / Level 2' }) level2: string;
  @TextField(200, { description: '三级指标名称 / Name' }) name: string;
  @TextField(16, { description: '比较符：GE LE EQ GT LT QUALITATIVE / Comparator' }) comparator: string;
  @TextField(20, { defaultValue: '', description: '计量单位（定性可空）/ Unit of measure' })
  unitOfMeasure: string;
  @TextField(40, { description: '参考值 / Reference value' }) referenceValue: string;
}

const yearArg = { description: '指标库年度 / Year of the library' };
const versionArg = { description: '读取时的版本号（乐观锁）/ The version read (optimistic concurrency)' };

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

/** The indicator library is reference data: every signed-in user browses its region's library to build targets. */
@Resolver()
export class IndicatorLibraryResolver {
  @Authorized()
  @Query(() => [IndicatorGroupInfo], { description: '指标库分组 / Groups of the indicator library' })
  indicatorGroups(@Ctx() ctx: Context) {
    return ctx.readers.indicatorLibrary.groups();
  }

  @Authorized()
  @Query(() => IndicatorTemplateConnection, {
    description:
      '本地区所用指标库的三级指标（本地区及上级地区；管理员另含下级地区）/ Level-3 indicators of the library the viewer’s region uses (its own and those above; an administrator also those below)',
  })
  indicatorTemplates(
    @Args() { first, after }: LibraryPage,
    @Arg('filter', () => IndicatorTemplateFilter, { nullable: true, description: '筛选 / Filters' })
    filter: IndicatorTemplateFilter | null,
    @Ctx() ctx: Context,
  ) {
    return IndicatorTemplateConnection.of(ctx.readers.indicatorLibrary.templates(filter ?? {}, first, after));
  }

  @Authorized('ADMIN')
  @Mutation(() => IndicatorTemplateInfo, {
    description:
      '向本地区某年度指标库新增模板（系统管理员）/ Add a template to the library of the administrator’s region for a year',
  })
  async createIndicatorTemplate(
    @Arg('year', () => Int, yearArg) year: number,
    @Arg('input', () => IndicatorTemplateInput, { description: '模板 / Template' }) input: IndicatorTemplateInput,
    @Ctx() ctx: Context,
  ) {
    const lib = ctx.services.indicatorLibrary;
    const act = actOf(ctx);
    return lib.info(act, await lib.create(act, year, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => IndicatorTemplateInfo, {
    description:
      '修改本地区或下级地区某年度指标库的模板（往年版本不变，自该年起为新版本）/ Edit a template of a year’s library of the administrator’s region or one below (earlier years keep theirs)',
  })
  async updateIndicatorTemplate(
    @Arg('id', () => ID, { description: '模板 / Template' }) id: string,
    @Arg('year', () => Int, yearArg) year: number,
    @Arg('input', () => IndicatorTemplateInput, { description: '模板 / Template' }) input: IndicatorTemplateInput,
    @Arg('version', () => Int, versionArg) version: number,
    @Ctx() ctx: Context,
  ) {
    const lib = ctx.services.indicatorLibrary;
    const act = actOf(ctx);
    return lib.info(act, await lib.update(act, idOf('IndicatorTemplate', id, 'id'), year, input, version));
  }

  @Authorized('ADMIN')
  @Mutation(() => IndicatorTemplateInfo, {
    description:
      '自某年度起停用本地区或下级地区的模板（已用的目标保留）/ Retire a template of the administrator’s region or one below from a year on (targets keep it)',
  })
  async retireIndicatorTemplate(
    @Arg('id', () => ID, { description: '模板 / Template' }) id: string,
    @Arg('year', () => Int, yearArg) year: number,
    @Arg('version', () => Int, versionArg) version: number,
    @Ctx() ctx: Context,
  ) {
    const lib = ctx.services.indicatorLibrary;
    const act = actOf(ctx);
    return lib.info(act, await lib.retire(act, idOf('IndicatorTemplate', id, 'id'), year, version));
  }
}
