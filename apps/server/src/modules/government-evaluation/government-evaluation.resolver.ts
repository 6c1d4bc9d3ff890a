import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { TEXT, TextArg } from '../../graphql/text.js';
import { idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { YearArgs } from '../analytics/index.js';
import { actOf, badInput } from '../workflow/index.js';
import { GovernmentEvaluationReader } from './government-evaluation.reader.js';
import { EvaluableCounty, GovernmentEvaluation } from './government-evaluation.types.js';

const reader = (ctx: Context) => new GovernmentEvaluationReader(ctx.db, ctx.viewer!);

export const GOVERNMENT_EVALUATION_NODES: NodeLoaders = {
  GovernmentEvaluation: (_L, id, ctx) => reader(ctx).byId(id),
};

const VERSION = { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' } as const;

@Resolver(() => GovernmentEvaluation)
export class GovernmentEvaluationResolver {
  @Authorized('PERFORMANCE', 'LEADERSHIP', 'UPPER_LEVEL')
  @Query(() => [GovernmentEvaluation], {
    description:
      '对下级政府预算绩效管理评价及其全部记录：上级看本级之下的县（可按县筛选），县看本县 / Evaluations of lower governments with their history: an upper level those of its counties (one county with the picker), a county its own',
  })
  governmentEvaluations(
    @Arg('regionId', () => ID, { nullable: true, description: '县（市）地区 ID / A county’s region id' })
    regionId: string | null,
    @Arg('year', () => Int, { nullable: true, description: '年度 / Year' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    return reader(ctx).list(
      regionId ? idOf('Region', regionId, 'regionId') : null,
      year == null ? null : YearArgs.check(year),
    );
  }

  @Authorized('UPPER_LEVEL')
  @Query(() => [EvaluableCounty], {
    description: '本级之下可选为评价对象的县（市）/ The counties below my region that I may select for evaluation',
  })
  evaluableCounties(@Ctx() ctx: Context) {
    return reader(ctx).evaluableCounties();
  }

  @Authorized('UPPER_LEVEL', 'WRITE')
  @Mutation(() => [GovernmentEvaluation], {
    description:
      '选定某年度开展对下级政府预算绩效管理评价的县（市）（上级财政部门）/ Select counties below for a year’s evaluation of lower governments (upper level)',
  })
  async selectGovernmentEvaluations(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('regionIds', () => [ID], { description: '县（市）地区 ID / Region ids of the counties' }) regionIds: string[],
    @Ctx() ctx: Context,
  ) {
    if (regionIds.length > 100) throw badInput('regionIds', '一次最多选择100个', 'at most 100 at a time');
    const ids = await ctx.services.governmentEvaluations.select(
      actOf(ctx),
      YearArgs.check(year),
      regionIds.map((r, i) => idOf('Region', r, `regionIds[${i}]`)),
    );
    return reader(ctx).byIds(ids);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => GovernmentEvaluation, {
    description:
      '提交本县的自评报告与自评分；退回后可修改重报（被选定县的绩效科）/ Submit the county’s self-report and self score; after a return, submit again (the selected county’s performance section)',
  })
  async submitGovernmentSelfReport(
    @Arg('id', () => ID, { description: '评价全局 ID / Global id of the evaluation' }) id: string,
    @TextArg('selfReport', TEXT.body, { description: '自评报告 / The self-report' }) selfReport: string,
    @Arg('selfScore', () => Float, { description: '自评分（0–100）/ Self score, 0–100' }) selfScore: number,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const eid = await ctx.services.governmentEvaluations.submitSelf(
      actOf(ctx),
      idOf('GovernmentEvaluation', id, 'id'),
      selfReport,
      selfScore,
      version,
    );
    return reader(ctx).byId(eid);
  }

  @Authorized('UPPER_LEVEL', 'WRITE')
  @Mutation(() => GovernmentEvaluation, {
    description:
      '撤销尚未自评的选定（须说明原因，可再次选定）（上级）/ Withdraw a selection the county has not answered yet, with the reason; it may be selected again (upper level)',
  })
  async withdrawGovernmentEvaluation(
    @Arg('id', () => ID, { description: '评价全局 ID / Global id of the evaluation' }) id: string,
    @TextArg('reason', TEXT.note, { description: '撤销原因 / Reason' }) reason: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const eid = await ctx.services.governmentEvaluations.withdraw(
      actOf(ctx),
      idOf('GovernmentEvaluation', id, 'id'),
      reason,
      version,
    );
    return reader(ctx).byId(eid);
  }

  @Authorized('UPPER_LEVEL', 'WRITE')
  @Mutation(() => GovernmentEvaluation, {
    description: '退回县的自评并提出意见（上级）/ Return a county’s self-report with comments (upper level)',
  })
  async returnGovernmentSelfReport(
    @Arg('id', () => ID, { description: '评价全局 ID / Global id of the evaluation' }) id: string,
    @TextArg('comment', TEXT.note, { description: '退回意见 / Comments' }) comment: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const eid = await ctx.services.governmentEvaluations.returnSelf(
      actOf(ctx),
      idOf('GovernmentEvaluation', id, 'id'),
      comment,
      version,
    );
    return reader(ctx).byId(eid);
  }

  @Authorized('UPPER_LEVEL', 'WRITE')
  @Mutation(() => GovernmentEvaluation, {
    description:
      '为县的自评评分（满分100，按规则分数线定等次：优/良/中/差）（上级）/ Score a county’s self-report out of 100, graded by the rule set’s bands (upper level)',
  })
  async scoreGovernmentEvaluation(
    @Arg('id', () => ID, { description: '评价全局 ID / Global id of the evaluation' }) id: string,
    @Arg('score', () => Float, { description: '评分（0–100）/ Score, 0–100' }) score: number,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '评价意见 / Comments' }) comment: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const eid = await ctx.services.governmentEvaluations.score(
      actOf(ctx),
      idOf('GovernmentEvaluation', id, 'id'),
      score,
      comment,
      version,
    );
    return reader(ctx).byId(eid);
  }
}
