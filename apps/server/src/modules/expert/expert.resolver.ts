import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import { actOf } from '../workflow/index.js';
import type { ExpertRow } from './expert.service.js';
import { ExpertInfo, ExpertInput } from './expert.types.js';
import { TEXT, TextArg } from '../../graphql/text.js';

const info = (r: ExpertRow): ExpertInfo => ({
  id: toGlobalId('Expert', r.id),
  name: r.name,
  field: r.field,
  organisation: r.organisation,
  contact: r.contact,
  active: r.active,
  regionName: r.region_name,
  conflicts: r.conflicts.map((c) => ({ id: toGlobalId('Unit', c.id), name: c.name })),
  version: r.version,
});

const toInput = (input: ExpertInput) => ({
  ...input,
  conflictUnitIds: input.conflictUnitIds.map((id, i) => idOf('Unit', id, `input.conflictUnitIds[${i}]`)),
});

/** The expert library (专家库): administrators keep it, within their regions (scope.ts `administeredRegions`). */
@Resolver()
export class ExpertResolver {
  @Authorized('ADMIN')
  @Query(() => [ExpertInfo], { description: '本地区及下辖地区的专家库（按姓名）/ The experts of my regions, by name' })
  async experts(
    @Arg('search', () => String, { nullable: true, description: '按姓名、领域、单位搜索 / Search' })
    search: string | null,
    @Arg('activeOnly', { defaultValue: false, description: '只列在库专家 / Active experts only' }) activeOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<ExpertInfo[]> {
    return (await ctx.services.experts.list(ctx.viewer!, search, activeOnly)).map(info);
  }

  @Authorized('ADMIN')
  @Mutation(() => ExpertInfo, { description: '新增专家（系统管理员）/ Add an expert (administrator)' })
  async createExpert(
    @Arg('input', () => ExpertInput, { description: '专家 / The expert' }) input: ExpertInput,
    @TextArg('regionCode', TEXT.code, {
      nullable: true,
      description: '所属地区编码（默认本地区）/ Region code (default: mine)',
    })
    regionCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<ExpertInfo> {
    const id = await ctx.services.experts.create(actOf(ctx), toInput(input), regionCode);
    return info(await ctx.services.experts.read(id));
  }

  @Authorized('ADMIN')
  @Mutation(() => ExpertInfo, {
    description:
      '修改专家、回避单位或出库（系统管理员）/ Change an expert, its conflicts, or retire it (administrator)',
  })
  async updateExpert(
    @Arg('id', () => ID, { description: '专家 / Expert' }) id: string,
    @Arg('input', () => ExpertInput, { description: '专家 / The expert' }) input: ExpertInput,
    @Arg('version', () => Int, { description: '版本号 / Version read' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<ExpertInfo> {
    const dbId = idOf('Expert', id, 'id');
    await ctx.services.experts.update(actOf(ctx), dbId, toInput(input), version);
    return info(await ctx.services.experts.read(dbId));
  }
}
