import { ArrayMaxSize } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { ExAnteConclusion } from '@jixiao/schema/enums';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Agency } from '../agency/index.js';
import { Project } from '../project/index.js';
import { actOf, badInput } from '../workflow/index.js';
import { ExAnteAssessment } from './ex-ante.types.js';
import { TEXT, TextArg, TextField } from '../../graphql/text.js';

export const EX_ANTE_NODES: NodeLoaders = { ExAnteAssessment: (L, id) => L.exAnte.load(id) };

const ExAnteConclusionEnum = {
  SUPPORT: 'SUPPORT',
  PARTIAL_SUPPORT: 'PARTIAL_SUPPORT',
  NO_SUPPORT: 'NO_SUPPORT',
} as const;
registerEnumType(ExAnteConclusionEnum, {
  name: 'ExAnteConclusion',
  description: '事前评估结论：支持、部分支持、不支持 / Conclusion of an ex-ante assessment',
  valuesConfig: {
    SUPPORT: { description: '支持 / Support' },
    PARTIAL_SUPPORT: { description: '部分支持 / Partial support' },
    NO_SUPPORT: { description: '不支持 / No support' },
  },
});

@InputType({ description: '事前绩效评估材料 / An ex-ante assessment filing' })
class ExAnteInput {
  @TextField(5000, { description: '立项必要性 / Necessity' }) necessity: string;
  @TextField(5000, { description: '可行性 / Feasibility' }) feasibility: string;
  @TextField(5000, { description: '绩效目标合理性 / Reasonableness of the targets' })
  targetReasonableness: string;
  @TextField(5000, { description: '资金安排 / Funding plan' }) fundingPlan: string;
  @TextField(TEXT.name, { list: true, defaultValue: [], description: '附件名称 / Attachment names' })
  @ArrayMaxSize(20)
  attachmentNames: string[];
}

@Resolver()
export class ExAnteResolver {
  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Project, {
    description: '提交事前绩效评估（单位）/ File the ex-ante assessment of a new project (unit)',
  })
  async submitExAnteAssessment(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('input', () => ExAnteInput, { description: '评估材料 / The filing' }) input: ExAnteInput,
    @Arg('version', () => Int, { nullable: true, description: '重报时的版本 / Version when refiling' })
    version: number | null,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.exAnte.file(actOf(ctx), idOf('Project', projectId, 'projectId'), input, version);
    return ctx.loaders.project.load(id);
  }

  @Authorized('BUSINESS_SECTION', 'PERFORMANCE', 'WRITE')
  @Mutation(() => Project, {
    description:
      '事前评估初审意见（业务科室；涉密单位由绩效科）/ First opinion on an ex-ante assessment (business section; the performance section for classified units)',
  })
  async reviewExAnteAssessment(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @TextArg('opinion', TEXT.note, { description: '初审意见 / Opinion' }) opinion: string,
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.exAnte.firstOpinion(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      opinion,
      version,
    );
    return ctx.loaders.project.load(id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Project, {
    description:
      '委托第三方机构复评事前评估（绩效科；预算达规定金额）/ Send an ex-ante assessment to an agency for re-assessment (performance section; budgets from the rule’s threshold)',
  })
  async sendExAnteToAgency(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('agencyId', () => ID, { description: '第三方机构 / Agency' }) agencyId: string,
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.exAnte.sendToAgency(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      idOf('Agency', agencyId, 'agencyId'),
      version,
    );
    return ctx.loaders.project.load(id);
  }

  @Authorized('AGENCY', 'WRITE')
  @Mutation(() => Project, {
    description: '提交事前评估复评意见（第三方机构）/ Submit the re-assessment of an ex-ante assessment (agency)',
  })
  async submitAgencyExAnte(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('conclusion', () => ExAnteConclusionEnum, { description: '复评结论 / Conclusion' })
    conclusion: ExAnteConclusion,
    @TextArg('opinion', TEXT.note, { description: '复评意见 / Opinion' }) opinion: string,
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    if (opinion.length > 5000) throw badInput('opinion', '不超过5000字', 'at most 5000 characters');
    const id = await ctx.services.exAnte.agencyReview(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      conclusion,
      opinion,
      version,
    );
    return ctx.loaders.project.load(id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Project, {
    description: '事前评估评分与结论（绩效科）/ Score and conclude an ex-ante assessment (performance section)',
  })
  async concludeExAnteAssessment(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('score', () => Float, { description: '评分 / Score' }) score: number,
    @Arg('conclusion', () => ExAnteConclusionEnum, { description: '结论 / Conclusion' }) conclusion: ExAnteConclusion,
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    if (!(score >= 0 && score <= 100)) throw badInput('score', '评分须在0–100之间', 'must be between 0 and 100');
    const id = await ctx.services.exAnte.conclude(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      score,
      conclusion,
      version,
    );
    return ctx.loaders.project.load(id);
  }
}

@Resolver(() => ExAnteAssessment)
export class ExAnteFieldsResolver {
  @FieldResolver(() => Agency, { nullable: true, description: '复评机构 / Agency re-assessing it' })
  agency(@Root() x: ExAnteAssessment, @Ctx() ctx: Context) {
    return x.agencyId === null ? null : ctx.loaders.agency.load(x.agencyId);
  }
}
