import { Max, MaxLength, Min } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import { Evaluation, ResultApplication } from '../graph/graph.types.js';
import { actOf, badInput } from '../workflow/workflow.js';

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
  @Field({ defaultValue: '', description: '自评说明 / Explanation' }) @MaxLength(5000) explanation: string;
}

@InputType({ description: '评价发现的问题 / A finding' })
class FindingInput {
  @Field({ defaultValue: '', description: '类别 / Category' }) @MaxLength(40) category: string;
  @Field({ description: '问题 / Problem found' }) @MaxLength(2000) text: string;
  @Field({ defaultValue: '', description: '建议 / Suggestion' }) @MaxLength(2000) suggestion: string;
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

@ObjectType({ description: '真实性核查的一条 / One check of the authenticity sample' })
class AuthenticityCheckInfo {
  @Field(() => ID, { description: '核查 ID / Check id' }) id: string;
  @Field(() => Int, { description: '抽取顺序 / Position in the draw' }) position: number;
  @Field(() => Evaluation, { nullable: true, description: '被核查的自评 / The self-evaluation checked' })
  evaluation: Evaluation | null;
  @Field({ description: 'PENDING PASSED FAILED' + ' / 结果 Result' }) result: string;
  @Field({ description: '核查说明 / Note' }) note: string;
  @Field(() => String, { nullable: true, description: '核查日期 / Checked on' }) checkedOn: string | null;
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
}

@ObjectType({ description: '年度真实性核查样本 / The authenticity sample of a year' })
class AuthenticitySampleInfo {
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field({ description: '随机种子（可复现）/ Seed: the draw can be repeated' }) seed: string;
  @Field(() => Int, { description: '总体数 / Population' }) population: number;
  @Field({ description: '抽取日期 / Drawn on' }) drawnOn: string;
  @Field(() => String, { nullable: true, description: '抽取人 / Drawn by' }) drawnBy: string | null;
  @Field(() => [AuthenticityCheckInfo], { description: '抽中的自评 / The sampled self-evaluations' })
  checks: AuthenticityCheckInfo[];
}

@Resolver()
export class EvaluationResolver {
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
    @Arg('explanation', { defaultValue: '', description: '说明 / Explanation' }) explanation: string,
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

  @Authorized('PERFORMANCE', 'LEADERSHIP')
  @Query(() => AuthenticitySampleInfo, {
    nullable: true,
    description: '年度真实性核查样本 / The year’s authenticity sample',
  })
  async authenticitySample(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<AuthenticitySampleInfo | null> {
    const [s] = await ctx.db.query(
      `SELECT s.id, s.year, s.seed, s.population, to_char(s.drawn_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS drawn_on,
        u.display_name AS drawn_by FROM authenticity_sample s LEFT JOIN app_user u ON u.id = s.drawn_by_user_id WHERE s.region_id = $1 AND s.year = $2`,
      [ctx.viewer!.regionId, year],
    );
    if (!s) return null;
    const checks = await ctx.db.query(
      `SELECT id, position, evaluation_id, result, note, checked_on::text AS checked_on, version FROM authenticity_check WHERE sample_id = $1 ORDER BY position`,
      [s.id],
    );
    const evaluations = await ctx.loaders.evaluation.loadMany(checks.map((c: any) => c.evaluation_id));
    return {
      year: s.year,
      seed: s.seed,
      population: s.population,
      drawnOn: s.drawn_on,
      drawnBy: s.drawn_by,
      checks: checks.map((c: any, i: number) => ({
        id: toGlobalId('AuthenticityCheck', c.id),
        position: c.position,
        result: c.result,
        note: c.note,
        checkedOn: c.checked_on,
        version: c.version,
        evaluation: evaluations[i] instanceof Error ? null : (evaluations[i] as Evaluation | null),
      })),
    };
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => AuthenticitySampleInfo, {
    description:
      '抽取真实性核查样本（按规定比例，记录种子）/ Draw the authenticity sample (the rule’s share, seed recorded)',
  })
  async drawAuthenticitySample(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('seed', { description: '随机种子 / Seed' }) seed: string,
    @Ctx() ctx: Context,
  ) {
    await ctx.services.evaluations.drawAuthenticity(actOf(ctx), year, seed);
    return this.authenticitySample(year, ctx);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Evaluation, {
    description: '录入核查结果；未通过即一票否决（绩效科）/ Record a check; a failure vetoes the grade',
  })
  async recordAuthenticityResult(
    @Arg('id', () => ID, { description: '核查 / Check' }) id: string,
    @Arg('passed', { description: '是否属实 / Passed' }) passed: boolean,
    @Arg('note', { defaultValue: '', description: '核查说明 / Note' }) note: string,
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const checkId = await ctx.services.evaluations.recordAuthenticity(
      actOf(ctx),
      idOf('AuthenticityCheck', id, 'id'),
      passed,
      note,
      version,
    );
    const [c] = await ctx.db.query(`SELECT evaluation_id FROM authenticity_check WHERE id = $1`, [checkId]);
    return ctx.loaders.evaluation.load(c.evaluation_id);
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
    @Arg('reportName', { description: '评价报告文件名 / Report file name' }) reportName: string,
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

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, {
    description:
      '按规则生成压减建议，返回新建条数（绩效科）/ Propose next year’s cuts by the rules; returns how many (performance section)',
  })
  proposeCuts(
    @Arg('year', () => Int, { description: '被评价年度 / Year evaluated' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.evaluations.proposeCuts(actOf(ctx), year);
  }

  @Authorized('BUDGET', 'PERFORMANCE', 'WRITE')
  @Mutation(() => ResultApplication, {
    description:
      '采纳或调整压减额（预算科；涉密单位由绩效科）/ Accept or adjust a proposed cut (budget section; the performance section for classified units)',
  })
  async decideCut(
    @Arg('id', () => ID, { description: '结果应用 / Result application' }) id: string,
    @Arg('acceptedCut', () => DecimalScalar, { description: '确定的压减额（元）/ The cut decided, yuan' })
    acceptedCut: string,
    @Arg('reason', { defaultValue: '', description: '理由（调整时必填）/ Reason (required when adjusted)' })
    reason: string,
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const raId = await ctx.services.evaluations.decideCut(
      actOf(ctx),
      idOf('ResultApplication', id, 'id'),
      acceptedCut,
      reason,
      version,
    );
    return ctx.loaders.resultApplication.load(raId);
  }
}
