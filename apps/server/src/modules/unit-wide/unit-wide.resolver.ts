import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TEXT, TextArg } from '../../graphql/text.js';
import type { Comparator, IndicatorLevel1 } from '@jixiao/schema/enums';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { idOf } from '../../graphql/global-id.js';
import { IndicatorDraftInput } from '../targets/index.js';
import { actOf, badInput } from '../workflow/index.js';
import { UnitWideReader } from './unit-wide.reader.js';
import {
  UnitWideActualInput,
  UnitWideFlag,
  UnitWideIndicator,
  UnitWideReport,
  UnitWideSelfInput,
  UnitWideTargets,
} from './unit-wide.types.js';

const LEVEL1 = ['OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST'];
const COMPARATORS = ['GE', 'LE', 'EQ', 'GT', 'LT', 'QUALITATIVE'];
const VERSION = { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' };
const TARGETS = { description: '部门整体绩效 / Unit-wide targets' };

const reader = (ctx: Context) => new UnitWideReader(ctx.db, ctx.viewer!);
const gid = (id: string) => idOf('UnitWideTargets', id, 'id');

async function one(ctx: Context, id: number): Promise<UnitWideTargets> {
  const [row] = await ctx.db.query(`SELECT year, unit_id FROM unit_wide_target WHERE id = $1`, [id]);
  const [t] = await reader(ctx).ofYear(row.year, row.unit_id);
  return t!;
}

@Resolver(() => UnitWideTargets)
export class UnitWideResolver {
  @Authorized()
  @Query(() => [UnitWideTargets], {
    description: '部门整体绩效（本人可见的单位）/ Unit-wide performance of the units the viewer may see',
  })
  unitWideTargets(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<UnitWideTargets[]> {
    return reader(ctx).ofYear(year);
  }

  @FieldResolver(() => [UnitWideIndicator], { description: '指标 / Indicators' })
  indicators(@Root() t: UnitWideTargets, @Ctx() ctx: Context) {
    return reader(ctx).indicators(t.dbId);
  }

  @FieldResolver(() => [UnitWideReport], { description: '部门整体监控报告 / Monitoring reports' })
  reports(@Root() t: UnitWideTargets, @Ctx() ctx: Context) {
    return reader(ctx).reports(t.dbId);
  }

  @FieldResolver(() => [UnitWideFlag], { description: '监控标记 / Flags' })
  flags(@Root() t: UnitWideTargets, @Ctx() ctx: Context) {
    return reader(ctx).flags(t.dbId);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => UnitWideTargets, {
    description:
      '保存本单位某年度的部门整体绩效目标草稿（首次保存版本号填0）/ Save the unit’s unit-wide targets of a year as a draft (version 0 the first time)',
  })
  async saveUnitWideTargets(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('budget', () => DecimalScalar, { description: '部门预算（元）/ The unit’s whole budget, yuan' })
    budget: string,
    @Arg('indicators', () => [IndicatorDraftInput], { description: '全部指标 / All indicators' })
    indicators: IndicatorDraftInput[],
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', '年度无效', 'not a year');
    if (indicators.length > 50) throw badInput('indicators', '指标最多50条', 'at most 50 indicators');
    const drafts = indicators.map((ind, i) => {
      if (!LEVEL1.includes(ind.level1)) throw badInput(`indicators[${i}].level1`, '一级指标无效', 'not a level-1 kind');
      if (!COMPARATORS.includes(ind.comparator))
        throw badInput(`indicators[${i}].comparator`, '比较符无效', 'not a comparator');
      return {
        ...ind,
        level1: ind.level1 as IndicatorLevel1,
        comparator: ind.comparator as Comparator,
        templateId: ind.templateId ? idOf('IndicatorTemplate', ind.templateId, `indicators[${i}].templateId`) : null,
        transferIndicatorId: null,
        weight: ind.weight.toFixed(2),
      };
    });
    const id = await ctx.services.unitWide.save(actOf(ctx), { year, budget, indicators: drafts, version });
    return one(ctx, id);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => UnitWideTargets, { description: '提交部门整体绩效目标（单位）/ Submit the unit-wide targets' })
  async submitUnitWideTargets(
    @Arg('id', () => ID, TARGETS) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    return one(ctx, await ctx.services.unitWide.submit(actOf(ctx), gid(id), version));
  }

  @Authorized('BUSINESS_SECTION', 'PERFORMANCE', 'WRITE')
  @Mutation(() => UnitWideTargets, {
    description:
      '初审部门整体绩效目标（业务科室；涉密单位由绩效科）/ First review of unit-wide targets (business section)',
  })
  async reviewUnitWideTargetsFirst(
    @Arg('id', () => ID, TARGETS) id: string,
    @Arg('approve', { description: '通过（否则退回）/ Approve (else return)' }) approve: boolean,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    return one(
      ctx,
      await ctx.services.unitWide.review(actOf(ctx), 'BUSINESS_FIRST', gid(id), { approve, comment, version }),
    );
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => UnitWideTargets, {
    description:
      '审核部门整体绩效目标：批准或退回（绩效科）/ Approve or return unit-wide targets (performance section)',
  })
  async reviewUnitWideTargets(
    @Arg('id', () => ID, TARGETS) id: string,
    @Arg('approve', { description: '通过（否则退回）/ Approve (else return)' }) approve: boolean,
    @Arg('score', () => Float, { nullable: true, description: '审核评分 / Review score' }) score: number | null,
    @Arg('issueCount', () => Int, { nullable: true, description: '退回时的问题数 / Issues found, when returned' })
    issueCount: number | null,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    if (score != null && !(score >= 0 && score <= 100))
      throw badInput('score', '评分须在0–100之间', 'must be between 0 and 100');
    if (issueCount != null && (issueCount < 1 || issueCount > 1000))
      throw badInput('issueCount', '问题数须为1–1000', 'must be 1–1000');
    return one(
      ctx,
      await ctx.services.unitWide.review(actOf(ctx), 'PERFORMANCE', gid(id), {
        approve,
        comment,
        version,
        issueCount,
        score: score == null ? null : score.toFixed(2),
      }),
    );
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => UnitWideTargets, {
    description: '报送部门整体监控（单位，6月节点）/ Report at the unit-wide checkpoint (unit, June)',
  })
  async reportUnitWideMonitoring(
    @Arg('id', () => ID, TARGETS) id: string,
    @Arg('checkpointId', () => ID, { description: '部门整体监控节点 / Unit-wide checkpoint' }) checkpointId: string,
    @Arg('executed', () => DecimalScalar, { description: '已执行（元）/ Executed, yuan' }) executed: string,
    @Arg('actuals', () => [UnitWideActualInput], { description: '各指标完成值 / Each indicator’s completion' })
    actuals: UnitWideActualInput[],
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const targetId = gid(id);
    await ctx.services.unitWideYear.report(actOf(ctx), {
      targetId,
      checkpointId: idOf('Checkpoint', checkpointId, 'checkpointId'),
      executed,
      actuals: actuals.map((a, i) => ({
        indicatorId: idOf('UnitWideIndicator', a.indicatorId, `actuals[${i}].indicatorId`),
        actual: a.actual,
      })),
      version,
    });
    return one(ctx, targetId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => UnitWideTargets, {
    description:
      '确认部门整体监控报告：按规则判定并标记（绩效科）/ Confirm a unit-wide report: verdict and flag by the rules',
  })
  async confirmUnitWideReport(
    @Arg('reportId', () => ID, { description: '报告 / Report' }) reportId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const id = idOf('UnitWideReport', reportId, 'reportId');
    await ctx.services.unitWideYear.confirm(actOf(ctx), id, version);
    const [r] = await ctx.db.query(`SELECT target_id FROM unit_wide_report WHERE id = $1`, [id]);
    return one(ctx, r.target_id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => UnitWideTargets, { description: '部门整体监控标记销号（绩效科）/ Close a unit-wide flag' })
  async closeUnitWideFlag(
    @Arg('flagId', () => ID, { description: '标记 / Flag' }) flagId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    return one(
      ctx,
      await ctx.services.unitWideYear.closeFlag(actOf(ctx), idOf('UnitWideFlag', flagId, 'flagId'), version),
    );
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => UnitWideTargets, {
    description: '提交部门整体自评（单位，次年4月20日前）/ Submit the unit-wide self-evaluation (by 20 April)',
  })
  async submitUnitWideSelfEvaluation(
    @Arg('id', () => ID, TARGETS) id: string,
    @Arg('input', () => UnitWideSelfInput, { description: '自评 / Self-evaluation' }) input: UnitWideSelfInput,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    return one(ctx, await ctx.services.unitWideYear.selfEvaluate(actOf(ctx), { targetId: gid(id), ...input, version }));
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => UnitWideTargets, {
    description:
      '财政部门整体评价：评分并按规则定级（绩效科）/ The finance bureau’s unit-wide evaluation: score, graded by the rules',
  })
  async evaluateUnitWide(
    @Arg('id', () => ID, TARGETS) id: string,
    @Arg('score', () => DecimalScalar, { description: '评价得分 / Score' }) score: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const targetId = gid(id);
    await ctx.services.unitWideYear.evaluate(actOf(ctx), { targetId, score, version });
    return one(ctx, targetId);
  }
}
