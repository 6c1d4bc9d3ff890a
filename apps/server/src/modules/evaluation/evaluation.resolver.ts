import { Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { idOf } from '../../graphql/global-id.js';
import { Evaluation, ResultApplication } from '../graph/graph.types.js';
import { actOf, badInput } from '../workflow/workflow.js';

@InputType({ description: '单位自评 / A self-evaluation' })
class SelfEvaluationInput {
  @Field(() => DecimalScalar, { description: '全年执行数（元）/ Executed in the year, yuan' }) executed: string;
  @Field(() => Float, { description: '产出指标完成度（0–100）/ Output targets completed, 0–100' }) @Min(0) @Max(100) outputCompletion: number;
  @Field(() => Float, { description: '效益指标完成度（0–100）/ Benefit targets completed, 0–100' }) @Min(0) @Max(100) benefitCompletion: number;
  @Field(() => Float, { description: '满意度（0–100）/ Satisfaction, 0–100' }) @Min(0) @Max(100) satisfactionCompletion: number;
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

@Resolver()
export class EvaluationResolver {
  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Evaluation, { description: '提交单位自评：按规则计分定级（单位）/ Self-evaluate a project: scored and graded by the rules (unit)' })
  async submitSelfEvaluation(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('input', () => SelfEvaluationInput, { description: '自评内容 / The self-evaluation' }) input: SelfEvaluationInput,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.evaluations.submitSelf(actOf(ctx), idOf('Project', projectId, 'projectId'), input);
    return ctx.loaders.evaluation.load(id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Evaluation, { description: '委托第三方机构重点评价（绩效科）/ Assign a key evaluation to an agency (performance section)' })
  async assignKeyEvaluation(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('agencyId', () => ID, { description: '机构 / Agency' }) agencyId: string,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.evaluations.assignKey(actOf(ctx), idOf('Project', projectId, 'projectId'), idOf('Agency', agencyId, 'agencyId'));
    return ctx.loaders.evaluation.load(id);
  }

  @Authorized('AGENCY', 'WRITE')
  @Mutation(() => Evaluation, { description: '提交重点评价报告（第三方机构）/ Submit a key evaluation: score, findings, report (agency)' })
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
      score: score(value, 'score'), reportName, findings, version,
    });
    return ctx.loaders.evaluation.load(evaluationId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Evaluation, { description: '录入专家组最终结果（绩效科）/ Record the expert panel’s final result (performance section)' })
  async finalizeEvaluation(
    @Arg('id', () => ID, { description: '评价 / Evaluation' }) id: string,
    @Arg('expertScore', () => Float, { nullable: true, description: '专家组复核得分（不变则留空）/ Expert score, if it differs' }) expertScore: number | null,
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const evaluationId = await ctx.services.evaluations.finalize(actOf(ctx), idOf('Evaluation', id, 'id'),
      expertScore === null ? null : score(expertScore, 'expertScore'), version);
    return ctx.loaders.evaluation.load(evaluationId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, { description: '按规则生成压减建议，返回新建条数（绩效科）/ Propose next year’s cuts by the rules; returns how many (performance section)' })
  proposeCuts(@Arg('year', () => Int, { description: '被评价年度 / Year evaluated' }) year: number, @Ctx() ctx: Context) {
    return ctx.services.evaluations.proposeCuts(actOf(ctx), year);
  }

  @Authorized('BUDGET', 'WRITE')
  @Mutation(() => ResultApplication, { description: '采纳或调整压减额（预算科）/ Accept or adjust a proposed cut (budget section)' })
  async decideCut(
    @Arg('id', () => ID, { description: '结果应用 / Result application' }) id: string,
    @Arg('acceptedCut', () => DecimalScalar, { description: '确定的压减额（元）/ The cut decided, yuan' }) acceptedCut: string,
    @Arg('reason', { defaultValue: '', description: '理由（调整时必填）/ Reason (required when adjusted)' }) reason: string,
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const raId = await ctx.services.evaluations.decideCut(actOf(ctx), idOf('ResultApplication', id, 'id'), acceptedCut, reason, version);
    return ctx.loaders.resultApplication.load(raId);
  }
}
