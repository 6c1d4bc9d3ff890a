import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import type { Comparator, FundFamily, IndicatorLevel1 } from '@jixiao/schema/enums';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { FundFamilyEnum, ProjectKindEnum } from '../../graphql/enums.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Checkpoint } from '../monitoring/index.js';
import { Project } from '../project/index.js';
import { actOf, badInput as actBad } from '../workflow/index.js';
import { TargetAdjustment } from './targets.types.js';
import { TEXT, TextArg, TextField } from '../../graphql/text.js';

export const TARGET_NODES: NodeLoaders = { TargetAdjustment: (L, id) => L.targetAdjustment.load(id) };

@InputType({ description: '新项目 / A new project' })
class NewProjectInput {
  @Field(() => Int, { description: '预算年度 / Budget year' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @TextField(200, { description: '项目名称 / Name' }) name: string;
  @Field(() => FundFamilyEnum, { description: '资金类别 / Fund family' }) fundFamily: FundFamily;
  @Field(() => DecimalScalar, { description: '申请预算（元）/ Budget requested, yuan' }) budget: string;
  @Field(() => ProjectKindEnum, { description: '项目类型 / Kind' }) kind: 'NEW' | 'RECURRING' | 'ONE_OFF';
  @Field({ defaultValue: true, description: '年初预算 / In the annual budget' }) inAnnualBudget: boolean;
  @Field({ defaultValue: false, description: '重点项目 / Key project' }) isKey: boolean;
  @Field({ defaultValue: false, description: '政府购买服务 / Purchase of services' }) purchaseOfServices: boolean;
  @TextField(10, {
    nullable: true,
    description:
      '列入预算日期（须在预算年度内；默认为县的今天，落在年度之外时取年度首日或末日：上年12月录入的项目按1月1日计，参加本年全部监控节点）/ Date budgeted, within the budget year; by default the county’s today moved into the year (a project entered in December for next year is budgeted on 1 January and monitored at every checkpoint of its year)',
  })
  @IsOptional()
  budgetedOn?: string | null;
}

@InputType({ description: '绩效指标草稿 / A target indicator draft' })
export class IndicatorDraftInput {
  @Field(() => ID, {
    nullable: true,
    description: '来自指标库（否则为自定义指标）/ Library indicator it comes from (else the unit’s own)',
  })
  templateId?: string | null;
  @TextField(16, { description: '一级指标：OUTPUT BENEFIT SATISFACTION COST / Level 1' }) level1: string;
  @TextField(40, { description: '二级指标 / Level 2' }) level2: string;
  @TextField(200, { description: '三级指标名称 / Name' }) name: string;
  @TextField(16, { description: '比较符：GE LE EQ GT LT QUALITATIVE / Comparator' }) comparator: string;
  @TextField(30, { nullable: true, description: '目标值 / Target value' })
  @IsOptional()
  targetValue?: string | null;
  @TextField(200, { nullable: true, description: '定性目标 / Qualitative target' })
  @IsOptional()
  targetText?: string | null;
  @TextField(20, { nullable: true, description: '计量单位 / Unit of measure' })
  @IsOptional()
  unitOfMeasure?: string | null;
  @Field(() => Float, { description: '权重 / Weight' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  weight: number;
  @Field({ nullable: true, description: '关键指标 / Key indicator' }) isKey?: boolean;
  @Field(() => ID, {
    nullable: true,
    description:
      '承接的上级转移支付目标（仅转移支付资金项目）/ Upper-level transfer target this indicator carries a share of (TRANSFER_PAYMENT projects only)',
  })
  transferIndicatorId?: string | null;
}

@InputType({ description: '逐条指标意见 / A comment on one indicator' })
class IndicatorCommentInput {
  @Field(() => ID, { description: '指标 / Indicator' }) indicatorId: string;
  @TextField(500, { description: '意见 / Comment' }) comment: string;
}

const LEVEL1 = ['OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST'];
const COMPARATORS = ['GE', 'LE', 'EQ', 'GT', 'LT', 'QUALITATIVE'];

@Resolver()
export class TargetsResolver {
  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Project, { description: '新建项目（单位）/ Create a project (unit)' })
  async createProject(
    @Arg('input', () => NewProjectInput, { description: '项目信息 / The project' }) input: NewProjectInput,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.targets.createProject(actOf(ctx), input);
    return ctx.loaders.project.load(id);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Project, { description: '保存绩效目标草稿（单位）/ Save the targets as a draft (unit)' })
  async saveTargets(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('indicators', () => [IndicatorDraftInput], { description: '全部指标 / All indicators' })
    indicators: IndicatorDraftInput[],
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    if (indicators.length > 50) throw actBad('indicators', '指标最多50条', 'at most 50 indicators');
    const drafts = indicators.map((ind, i) => {
      if (!LEVEL1.includes(ind.level1)) throw actBad(`indicators[${i}].level1`, '一级指标无效', 'not a level-1 kind');
      if (!COMPARATORS.includes(ind.comparator))
        throw actBad(`indicators[${i}].comparator`, '比较符无效', 'not a comparator');
      return {
        ...ind,
        level1: ind.level1 as IndicatorLevel1,
        comparator: ind.comparator as Comparator,
        templateId: ind.templateId ? idOf('IndicatorTemplate', ind.templateId, `indicators[${i}].templateId`) : null,
        transferIndicatorId: ind.transferIndicatorId
          ? idOf('TransferIndicator', ind.transferIndicatorId, `indicators[${i}].transferIndicatorId`)
          : null,
        weight: ind.weight.toFixed(2),
      };
    });
    const id = await ctx.services.targets.saveTargets(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      drafts,
      version,
    );
    return ctx.loaders.project.load(id);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Project, {
    description: '提交绩效目标（单位；先做质量检查）/ Submit the targets (unit); quality checks first',
  })
  async submitTargets(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.targets.submitTargets(actOf(ctx), idOf('Project', projectId, 'projectId'), version);
    return ctx.loaders.project.load(id);
  }

  @Authorized('BUSINESS_SECTION', 'PERFORMANCE', 'WRITE')
  @Mutation(() => Project, {
    description:
      '初审绩效目标（业务科室；涉密单位由绩效科）/ First review of targets (business section; the performance section for classified units)',
  })
  async reviewTargetsFirst(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('approve', { description: '通过（否则退回）/ Approve (else return)' }) approve: boolean,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.targets.review(
      actOf(ctx),
      'BUSINESS_FIRST',
      idOf('Project', projectId, 'projectId'),
      { approve, comment, version },
    );
    return ctx.loaders.project.load(id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Project, {
    description:
      '审核绩效目标：批准（锁定）或退回（绩效科）/ Approve (lock) or return the targets (performance section)',
  })
  async reviewTargets(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('approve', { description: '通过（否则退回）/ Approve (else return)' }) approve: boolean,
    @Arg('score', () => Float, { nullable: true, description: '审核评分 / Review score' }) score: number | null,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('indicatorComments', () => [IndicatorCommentInput], {
      defaultValue: [],
      description: '逐条指标意见 / Comments per indicator',
    })
    indicatorComments: IndicatorCommentInput[],
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    if (score != null && (score < 0 || score > 100))
      throw actBad('score', '评分须在0–100之间', 'must be between 0 and 100');
    const id = await ctx.services.targets.review(actOf(ctx), 'PERFORMANCE', idOf('Project', projectId, 'projectId'), {
      approve,
      comment,
      version,
      score: score == null ? null : score.toFixed(2),
      indicatorComments: indicatorComments.map((c, i) => ({
        indicatorId: idOf('Indicator', c.indicatorId, `indicatorComments[${i}].indicatorId`),
        comment: c.comment,
      })),
    });
    return ctx.loaders.project.load(id);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => ID, {
    description:
      '在监控节点申请调整已批准的绩效目标，返回申请 ID（单位）/ Request a change to approved targets at a checkpoint; returns the request id',
  })
  async requestTargetAdjustment(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('checkpointId', () => ID, { description: '监控节点 / Checkpoint' }) checkpointId: string,
    @Arg('indicators', () => [IndicatorDraftInput], {
      description: '调整后的全部指标 / All indicators after the change',
    })
    indicators: IndicatorDraftInput[],
    @TextArg('reason', TEXT.note, { description: '调整原因 / Why' }) reason: string,
    @Arg('version', () => Int, { description: '项目版本号 / Project version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const drafts = indicators.map((ind, i) => ({
      ...ind,
      level1: ind.level1 as IndicatorLevel1,
      comparator: ind.comparator as Comparator,
      templateId: ind.templateId ? idOf('IndicatorTemplate', ind.templateId, `indicators[${i}].templateId`) : null,
      transferIndicatorId: ind.transferIndicatorId
        ? idOf('TransferIndicator', ind.transferIndicatorId, `indicators[${i}].transferIndicatorId`)
        : null,
      weight: ind.weight.toFixed(2),
    }));
    const id = await ctx.services.targetAdjustments.request(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      idOf('Checkpoint', checkpointId, 'checkpointId'),
      drafts,
      reason,
      version,
    );
    return toGlobalId('TargetAdjustment', id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Project, {
    description:
      '审批目标调整：批准后替换目标并待重新公开（绩效科）/ Decide a targets change; approval replaces them and marks them for disclosure again',
  })
  async decideTargetAdjustment(
    @Arg('id', () => ID, { description: '调整申请 / Request' }) id: string,
    @Arg('approve', { description: '批准（否则驳回）/ Approve (else reject)' }) approve: boolean,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('version', () => Int, { description: '申请版本号 / Request version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const projectId = await ctx.services.targetAdjustments.decide(
      actOf(ctx),
      idOf('TargetAdjustment', id, 'id'),
      approve,
      comment,
      version,
    );
    return ctx.loaders.project.load(projectId);
  }
}

@Resolver(() => TargetAdjustment)
export class TargetAdjustmentFieldsResolver {
  @FieldResolver(() => Checkpoint, {
    nullable: true,
    description: '申请所在的监控节点 / Checkpoint at which it was requested',
  })
  checkpoint(@Root() a: TargetAdjustment, @Ctx() ctx: Context) {
    return ctx.loaders.checkpoint.load(a.checkpointId);
  }
}
