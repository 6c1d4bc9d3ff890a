import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Evaluation } from '../evaluation/index.js';
import { Project } from '../project/index.js';
import { actOf } from '../workflow/index.js';
import { ResultApplication } from './result-application.types.js';
import { TEXT, TextArg } from '../../graphql/text.js';

export const RESULT_APPLICATION_NODES: NodeLoaders = {
  ResultApplication: (L, id) => L.resultApplication.load(id),
};

@Resolver(() => ResultApplication)
export class ResultApplicationResolver {
  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, {
    description:
      '按规则为某预算年度的中、差自评生成压减建议，返回新建条数（绩效科）。评价在次年作出，压减落在再下一年度预算（targetYear = year + 2）/ Propose the cuts of budget year `year`’s 中/差 self-evaluations by the rules; returns how many (performance section). The evaluation is made in year + 1 and the cut lands in the budget of year + 2 (targetYear)',
  })
  proposeCuts(
    @Arg('year', () => Int, { description: '被评价项目的预算年度 / Budget year of the projects evaluated' })
    year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.resultApplications.proposeCuts(actOf(ctx), year);
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
    @TextArg('reason', TEXT.note, {
      defaultValue: '',
      description: '理由（调整时必填）/ Reason (required when adjusted)',
    })
    reason: string,
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const raId = await ctx.services.resultApplications.decideCut(
      actOf(ctx),
      idOf('ResultApplication', id, 'id'),
      acceptedCut,
      reason,
      version,
    );
    return ctx.loaders.resultApplication.load(raId);
  }

  @FieldResolver(() => Project, { nullable: true, description: '被压减的项目 / The project cut' })
  project(@Root() r: ResultApplication, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(r.projectId);
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description:
      '扣除压减的预算项目（targetYear 年度的同一延续项目；尚未扣除为空）/ The budget line the cut was taken from (the same recurring project in targetYear); null until applied',
  })
  appliedTo(@Root() r: ResultApplication, @Ctx() ctx: Context) {
    return r.appliedToProjectId ? ctx.loaders.project.load(r.appliedToProjectId) : null;
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: '依据的评价 / The evaluation behind the cut' })
  evaluation(@Root() r: ResultApplication, @Ctx() ctx: Context) {
    return ctx.loaders.evaluation.load(r.evaluationId);
  }
}
