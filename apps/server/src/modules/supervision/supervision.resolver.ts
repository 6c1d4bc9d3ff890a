import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { YearArgs } from '../analytics/index.js';
import { Project } from '../project/index.js';
import { actOf } from '../workflow/index.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { FundRecall, FundRecallReasonEnum } from './fund-recall.types.js';
import { SupervisionFinding, SupervisionFindingInput } from './supervision.types.js';
import { TEXT, TextArg } from '../../graphql/text.js';

export const SUPERVISION_NODES: NodeLoaders = {
  SupervisionFinding: (L, id) => L.supervisionFinding.load(id),
  FundRecall: (L, id) => L.fundRecall.load(id),
};

@Resolver(() => Project)
export class ProjectSupervisionResolver {
  @FieldResolver(() => [SupervisionFinding], {
    description:
      '审计/财会监督发现问题与重大违规（含已撤销）/ Audit and supervision findings, major misuse (withdrawn ones too)',
  })
  supervisionFindings(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.supervisionFindingsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [FundRecall], { description: '资金收回 / Fund recalls' })
  fundRecalls(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.fundRecallsOfProject.load(p.dbId);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      '尚可收回的资金（元）：预算减去已建议或已决定收回的金额 / Still recallable, yuan: the budget less recalls proposed or decided',
  })
  recallableAmount(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.recallableOfProject.load(p.dbId);
  }
}

@Resolver(() => SupervisionFinding)
export class SupervisionResolver {
  @FieldResolver(() => Project, { nullable: true, description: '所属项目 / The project' })
  project(@Root() f: SupervisionFinding, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(f.projectId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => SupervisionFinding, {
    description:
      '录入审计/财会监督发现问题或重大违规（绩效科），项目评价等级随即受限 / Record a finding against a project (performance section); its evaluations are capped at once',
  })
  async recordSupervisionFinding(
    @Arg('projectId', () => ID, { description: '项目全局 ID / Global id of the project' }) projectId: string,
    @Arg('input', () => SupervisionFindingInput, { description: '发现问题 / The finding' })
    input: SupervisionFindingInput,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.supervision.record(actOf(ctx), idOf('Project', projectId, 'projectId'), input);
    return ctx.loaders.supervisionFinding.load(id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => SupervisionFinding, {
    description: '修改发现问题（绩效科）/ Correct a finding (performance section)',
  })
  async editSupervisionFinding(
    @Arg('id', () => ID, { description: '发现问题全局 ID / Global id of the finding' }) id: string,
    @Arg('input', () => SupervisionFindingInput, { description: '发现问题 / The finding' })
    input: SupervisionFindingInput,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const fid = await ctx.services.supervision.edit(actOf(ctx), idOf('SupervisionFinding', id, 'id'), input, version);
    return ctx.loaders.supervisionFinding.load(fid);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => SupervisionFinding, {
    description: '撤销发现问题（须说明理由），等级限制随即解除 / Withdraw a finding with a reason; its cap lifts',
  })
  async withdrawSupervisionFinding(
    @Arg('id', () => ID, { description: '发现问题全局 ID / Global id of the finding' }) id: string,
    @TextArg('reason', TEXT.note, { description: '撤销理由 / Reason' }) reason: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const fid = await ctx.services.supervision.withdraw(
      actOf(ctx),
      idOf('SupervisionFinding', id, 'id'),
      reason,
      version,
    );
    return ctx.loaders.supervisionFinding.load(fid);
  }
}

@Resolver(() => FundRecall)
export class FundRecallResolver {
  @Authorized()
  @Query(() => [FundRecall], {
    description:
      "某年度项目的资金收回（可只列待决定的），至多500条 / Fund recalls of a year's projects (or those to decide), at most 500",
  })
  fundRecalls(
    @Arg('year', () => Int, { description: '项目预算年度 / Budget year of the projects' }) year: number,
    @Arg('pendingOnly', { defaultValue: false, description: '只列待决定的 / Only those still to decide' })
    pendingOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.readers.fundRecall.ofYear(YearArgs.check(year), pendingOnly);
  }

  @FieldResolver(() => Project, { nullable: true, description: '所属项目 / The project' })
  project(@Root() r: FundRecall, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(r.projectId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => FundRecall, {
    description:
      '建议收回资金（绩效科）：真实性核查否决（默认收回全部未收回预算）或闲置资金 / Propose a fund recall (performance section): after a veto (by default all the budget not yet recalled) or for idle funds',
  })
  async proposeFundRecall(
    @Arg('projectId', () => ID, { description: '项目全局 ID / Global id of the project' }) projectId: string,
    @Arg('reason', () => FundRecallReasonEnum, { description: '原因 / Reason' }) reason: string,
    @Arg('amount', () => DecimalScalar, {
      nullable: true,
      description: '收回金额（元），否决时可省略 / Amount in yuan; may be left out after a veto',
    })
    amount: string | null,
    @TextArg('note', TEXT.note, { defaultValue: '', description: '说明 / Note' }) note: string,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.fundRecalls.propose(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      reason,
      amount ?? null,
      note,
    );
    return ctx.loaders.fundRecall.load(id);
  }

  @Authorized('BUDGET', 'PERFORMANCE', 'WRITE')
  @Mutation(() => FundRecall, {
    description:
      '决定资金收回（预算科；涉密单位由绩效科代办）/ Decide a fund recall (budget section; the performance section for classified units)',
  })
  async decideFundRecall(
    @Arg('id', () => ID, { description: '资金收回全局 ID / Global id of the recall' }) id: string,
    @Arg('approve', { description: '是否收回 / Recall (true) or reject (false)' }) approve: boolean,
    @Arg('amount', () => DecimalScalar, {
      nullable: true,
      description: '决定收回金额，默认为建议金额 / Amount decided; the proposed one if left out',
    })
    amount: string | null,
    @TextArg('note', TEXT.note, { defaultValue: '', description: '决定说明 / Note' }) note: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const rid = await ctx.services.fundRecalls.decide(
      actOf(ctx),
      idOf('FundRecall', id, 'id'),
      approve,
      amount ?? null,
      note,
      version,
    );
    return ctx.loaders.fundRecall.load(rid);
  }
}
