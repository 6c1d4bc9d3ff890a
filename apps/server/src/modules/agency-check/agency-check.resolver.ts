import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId, idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Agency } from '../agency/index.js';
import { Project } from '../project/index.js';
import { actOf, badInput } from '../workflow/index.js';
import {
  AgencyCheck,
  AgencyCheckConclusionInput,
  AgencyWorkItem,
  TargetedAgencyCheckInput,
} from './agency-check.types.js';
import type { WorkRef } from './agency-check.service.js';

export const AGENCY_CHECK_NODES: NodeLoaders = {
  AgencyCheck: (L, id) => L.agencyCheck.load(id),
};

/** The piece of work a global id names: an evaluation or an ex-ante assessment (else `field` is named). */
function workOf(globalId: string, field: string): WorkRef {
  const parsed = fromGlobalId(globalId);
  const kind = parsed?.type === 'Evaluation' ? 'E' : parsed?.type === 'ExAnteAssessment' ? 'X' : null;
  if (!parsed || !kind || !/^\d+$/.test(parsed.key) || Number(parsed.key) > 2 ** 31 - 1)
    throw badInput(field, '须为评价或事前评估的 ID', 'must be the id of an evaluation or an ex-ante assessment');
  return { kind, id: Number(parsed.key) };
}

@Resolver(() => AgencyCheck)
export class AgencyCheckResolver {
  @Authorized()
  @Query(() => [AgencyCheck], {
    description:
      '对第三方机构工作的检查（机构只见对其工作的检查）/ Checks of agencies’ work of a year (an agency sees those of its own work)',
  })
  agencyChecks(
    @Arg('year', () => Int, { description: '所查工作的年度 / Year of the work' }) year: number,
    @Arg('agencyId', () => ID, { nullable: true, description: '仅此机构 / Only this agency' }) agencyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.readers.agencyCheck.ofYear(year, agencyId ? idOf('Agency', agencyId, 'agencyId') : null);
  }

  @Authorized('PERFORMANCE')
  @Query(() => [AgencyWorkItem], {
    description:
      '本县第三方机构某年度可检查的工作：重点评价与事前评估复评（定向检查的对象，亦即随机抽查的范围）/ The agencies’ work of a year that may be checked: key evaluations and ex-ante re-assessments (what a targeted check takes; the pool of a random draw)',
  })
  agencyCheckableWork(
    @Arg('year', () => Int, { description: '工作的年度 / Year of the work' }) year: number,
    @Arg('agencyId', () => ID, { nullable: true, description: '仅此机构 / Only this agency' }) agencyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.readers.agencyCheck.work(year, agencyId ? idOf('Agency', agencyId, 'agencyId') : null);
  }

  @FieldResolver(() => Agency, { nullable: true, description: '被检查的机构 / The agency checked' })
  agency(@Root() c: AgencyCheck, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(c.agencyId);
  }

  @FieldResolver(() => Project, { nullable: true, description: '所查项目 / The project of the work checked' })
  project(@Root() c: AgencyCheck, @Ctx() ctx: Context) {
    return c.projectId === null ? null : ctx.loaders.project.load(c.projectId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => AgencyCheck, {
    description:
      '依据线索对机构的一项工作开展定向检查（绩效科）/ Record a targeted check of one piece of an agency’s work, on a lead (performance section)',
  })
  async recordTargetedAgencyCheck(
    @Arg('input', () => TargetedAgencyCheckInput, { description: '定向检查 / The check' })
    input: TargetedAgencyCheckInput,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.agencyChecks.recordTargeted(actOf(ctx), {
      year: input.year,
      subject: workOf(input.subjectId, 'input.subjectId'),
      leadSource: input.leadSource,
    });
    return ctx.loaders.agencyCheck.load(id);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => [AgencyCheck], {
    description:
      '随机抽查：系统从机构（或全部机构）该年度尚未抽查的工作中按种子可重现地抽取（绩效科）/ Draw a random check: the server picks, reproducibly by a recorded seed, pieces of the year’s work not yet checked at random (performance section)',
  })
  async drawAgencyRandomCheck(
    @Arg('year', () => Int, { description: '所查工作的年度 / Year of the work' }) year: number,
    @Arg('agencyId', () => ID, { nullable: true, description: '仅抽此机构的工作 / Only this agency’s work' })
    agencyId: string | null,
    @Arg('count', () => Int, { defaultValue: 1, description: '抽取件数 1–10 / How many pieces, 1–10' }) count: number,
    @Ctx() ctx: Context,
  ) {
    const ids = await ctx.services.agencyChecks.drawRandom(
      actOf(ctx),
      year,
      agencyId ? idOf('Agency', agencyId, 'agencyId') : null,
      count,
    );
    return Promise.all(ids.map((id) => ctx.loaders.agencyCheck.load(id)));
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => AgencyCheck, {
    description:
      '办结检查：通过，或发现问题并扣减机构质量分（绩效科）/ Conclude a check: passed, or issues found with points off the agency’s quality (performance section)',
  })
  async concludeAgencyCheck(
    @Arg('id', () => ID, { description: '检查全局 ID / Global id of the check' }) id: string,
    @Arg('input', () => AgencyCheckConclusionInput, { description: '结论 / The outcome' })
    input: AgencyCheckConclusionInput,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const cid = await ctx.services.agencyChecks.conclude(
      actOf(ctx),
      idOf('AgencyCheck', id, 'id'),
      { outcome: input.outcome, findings: input.findings ?? '', deduction: input.deduction ?? null },
      version,
    );
    return ctx.loaders.agencyCheck.load(cid);
  }
}
