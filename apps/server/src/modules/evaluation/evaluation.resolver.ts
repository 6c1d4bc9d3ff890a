import { Max, Min } from 'class-validator';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Agency } from '../agency/index.js';
import { EvaluationFilter, resolveFilter } from '../filter/index.js';
import { Project } from '../project/index.js';
import { Unit } from '../unit/index.js';
import { actOf, badInput } from '../workflow/index.js';
import { Evaluation, EvaluationConnection, EvaluationVersion, Finding } from './evaluation.types.js';
import { TEXT, TextArg, TextField } from '../../graphql/text.js';

export const EVALUATION_NODES: NodeLoaders = {
  Evaluation: (L, id) => L.evaluation.load(id),
  Finding: (L, id) => L.finding.load(id),
  EvaluationVersion: (L, id) => L.evaluationVersion.load(id),
};

@InputType({ description: '单位自评 / A self-evaluation' })
class SelfEvaluationInput {
  @Field(() => DecimalScalar, { description: '全年执行数（元）/ Executed in the year, yuan' }) executed: string;
  @Field(() => Float, { description: '产出指标完成度（0–100）/ Output targets completed, 0–100' })
  @Min(0)
  @Max(100)
  outputCompletion: number;
  @Field(() => Float, { description: '效益指标完成度（0–100）/ Benefit targets completed, 0–100' })
  @Min(0)
  @Max(100)
  benefitCompletion: number;
  @Field(() => Float, { description: '满意度（0–100）/ Satisfaction, 0–100' })
  @Min(0)
  @Max(100)
  satisfactionCompletion: number;
  @TextField(5000, { defaultValue: '', description: '自评说明 / Explanation' }) explanation: string;
}

@InputType({ description: '评价发现的问题 / A finding' })
class FindingInput {
  @TextField(40, { defaultValue: '', description: '类别 / Category' }) category: string;
  @TextField(2000, { description: '问题 / Problem found' }) text: string;
  @TextField(2000, { defaultValue: '', description: '建议 / Suggestion' }) suggestion: string;
}

const score = (v: number, field: string) => {
  if (!(v >= 0 && v <= 100)) throw badInput(field, '分数须在0–100之间', 'must be between 0 and 100');
  return v;
};

@ObjectType({ description: '部门评价覆盖情况 / Coverage of a unit’s budget by its department evaluations' })
class DepartmentCoverage {
  @Field(() => Float, { description: '覆盖比例 / Share covered' }) share: number;
  @Field({ description: '是否达到规定比例 / Meets the rule' }) meets: boolean;
  @Field(() => DecimalScalar, { description: '还差金额（元）/ Still to cover, yuan' }) shortfall: string;
  @Field(() => DecimalScalar, { description: '单位项目预算（元）/ The unit’s project budget' }) unitBudget: string;
  @Field(() => DecimalScalar, { description: '已选项目预算（元）/ Budget of the selection' }) selectedBudget: string;
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Authorized()
  @Query(() => EvaluationConnection, { description: '评价列表 / Evaluations in scope' })
  async evaluations(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => EvaluationFilter, { nullable: true, description: '筛选条件 / Filters' })
    filter: EvaluationFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return EvaluationConnection.of(ctx.readers.evaluation.page(f, first, after));
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description: '被评价的项目（部门整体评价为空）/ The project evaluated; null for a unit-wide evaluation',
  })
  project(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return e.projectId ? ctx.loaders.project.load(e.projectId) : null;
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: '项目所属或被整体评价的单位 / The unit of the project, or the unit evaluated as a whole',
  })
  unit(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(e.unitId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: '实施评价的机构 / Agency that evaluated' })
  agency(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return e.agencyId ? ctx.loaders.agency.load(e.agencyId) : null;
  }

  @FieldResolver(() => [Finding], { description: '发现的问题 / Findings' })
  findings(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.findingsOfEvaluation.load(e.dbId);
  }

  @FieldResolver(() => [EvaluationVersion], {
    description:
      '被取代的历史版本（如退回整改前的自评），从旧到新 / Superseded versions (e.g. a self-evaluation before it was sent back), oldest first',
  })
  previousVersions(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.versionsOfEvaluation.load(e.dbId);
  }

  @Authorized('UNIT')
  @Query(() => DepartmentCoverage, {
    description: '所选项目对单位预算的覆盖（选择时显示）/ Coverage of a selection, shown while picking',
  })
  async departmentEvaluationCoverage(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('projectIds', () => [ID], { description: '所选项目 / Projects picked' }) projectIds: string[],
    @Ctx() ctx: Context,
  ): Promise<DepartmentCoverage> {
    const c = await ctx.services.evaluations.coverage(
      null,
      actOf(ctx),
      year,
      projectIds.map((id, i) => idOf('Project', id, `projectIds[${i}]`)),
    );
    return { ...c, share: c.share.numerator / c.share.denominator };
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => [Evaluation], {
    description:
      '选定部门评价项目（须达规定覆盖比例）/ Pick the projects for department evaluation (must meet the coverage)',
  })
  async selectDepartmentEvaluations(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('projectIds', () => [ID], { description: '所选项目 / Projects picked' }) projectIds: string[],
    @Ctx() ctx: Context,
  ) {
    const ids = await ctx.services.evaluations.selectDepartment(
      actOf(ctx),
      year,
      projectIds.map((id, i) => idOf('Project', id, `projectIds[${i}]`)),
    );
    return ctx.loaders.evaluation.loadMany(ids);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Evaluation, {
    description: '录入部门评价结果（单位）/ Record a department evaluation’s score (unit)',
  })
  async recordDepartmentEvaluation(
    @Arg('id', () => ID, { description: '评价 / Evaluation' }) id: string,
    @Arg('score', () => Float, { description: '得分 / Score' }) value: number,
    @TextArg('explanation', TEXT.long, { defaultValue: '', description: '说明 / Explanation' }) explanation: string,
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const eid = await ctx.services.evaluations.recordDepartment(
      actOf(ctx),
      idOf('Evaluation', id, 'id'),
      score(value, 'score'),
      explanation,
      version,
    );
    return ctx.loaders.evaluation.load(eid);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Evaluation, {
    description: '提交单位自评：按规则计分定级（单位）/ Self-evaluate a project: scored and graded by the rules (unit)',
  })
  async submitSelfEvaluation(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('input', () => SelfEvaluationInput, { description: '自评内容 / The self-evaluation' })
    input: SelfEvaluationInput,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.evaluations.submitSelf(actOf(ctx), idOf('Project', projectId, 'projectId'), input);
    return ctx.loaders.evaluation.load(id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Evaluation, {
    description:
      '确认单位自评；资金主管科室管理的资金类别须先经其审核上报（绩效科）/ Confirm a unit’s self-evaluation; a fund family managed by a fund-owning section must first be passed upward by it (performance section)',
  })
  async confirmSelfEvaluation(
    @Arg('id', () => ID, { description: '单位自评 / The self-evaluation' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const eid = await ctx.services.evaluations.confirmSelf(actOf(ctx), idOf('Evaluation', id, 'id'), version);
    return ctx.loaders.evaluation.load(eid);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Evaluation, {
    description: '委托第三方机构重点评价（绩效科）/ Assign a key evaluation to an agency (performance section)',
  })
  async assignKeyEvaluation(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('agencyId', () => ID, { description: '机构 / Agency' }) agencyId: string,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.evaluations.assignKey(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      idOf('Agency', agencyId, 'agencyId'),
    );
    return ctx.loaders.evaluation.load(id);
  }

  @Authorized('AGENCY', 'WRITE')
  @Mutation(() => Evaluation, {
    description: '提交重点评价报告（第三方机构）/ Submit a key evaluation: score, findings, report (agency)',
  })
  async submitKeyEvaluation(
    @Arg('id', () => ID, { description: '评价 / Evaluation' }) id: string,
    @Arg('score', () => Float, { description: '评价得分 / Score' }) value: number,
    @TextArg('reportName', TEXT.name, { description: '评价报告文件名 / Report file name' }) reportName: string,
    @Arg('findings', () => [FindingInput], { description: '发现的问题 / Findings' }) findings: FindingInput[],
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    if (findings.length > 100) throw badInput('findings', '问题最多100条', 'at most 100 findings');
    const evaluationId = await ctx.services.evaluations.submitKey(actOf(ctx), idOf('Evaluation', id, 'id'), {
      score: score(value, 'score'),
      reportName,
      findings,
      version,
    });
    return ctx.loaders.evaluation.load(evaluationId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Evaluation, {
    description: '录入专家组最终结果（绩效科）/ Record the expert panel’s final result (performance section)',
  })
  async finalizeEvaluation(
    @Arg('id', () => ID, { description: '评价 / Evaluation' }) id: string,
    @Arg('expertScore', () => Float, {
      nullable: true,
      description: '专家组复核得分（不变则留空）/ Expert score, if it differs',
    })
    expertScore: number | null,
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Arg('notUpheldFindingIds', () => [ID], {
      defaultValue: [],
      description: '专家组不予认定的问题 / Findings the expert panel does not uphold',
    })
    notUpheldFindingIds: string[],
    @Ctx() ctx: Context,
  ) {
    const evaluationId = await ctx.services.evaluations.finalize(
      actOf(ctx),
      idOf('Evaluation', id, 'id'),
      expertScore == null ? null : score(expertScore, 'expertScore'),
      version,
      notUpheldFindingIds.map((f, i) => idOf('Finding', f, `notUpheldFindingIds[${i}]`)),
    );
    return ctx.loaders.evaluation.load(evaluationId);
  }
}

@Resolver(() => EvaluationVersion)
export class EvaluationVersionFieldsResolver {
  @FieldResolver(() => Evaluation, {
    nullable: true,
    description: '所属评价（当前版本）/ The evaluation, as it is now',
  })
  evaluation(@Root() v: EvaluationVersion, @Ctx() ctx: Context) {
    return ctx.loaders.evaluation.load(v.evaluationId);
  }
}

@Resolver(() => Finding)
export class FindingFieldsResolver {
  @FieldResolver(() => Evaluation, { nullable: true, description: '所属评价 / The evaluation' })
  evaluation(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.evaluation.load(f.evaluationId);
  }
}
