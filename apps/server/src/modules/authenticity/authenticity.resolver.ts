import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { Evaluation } from '../evaluation/index.js';
import { actOf } from '../workflow/index.js';
import { AuthenticityCheckInfo, AuthenticitySampleInfo } from './authenticity.types.js';
import { TEXT, TextArg } from '../../graphql/text.js';

@Resolver(() => AuthenticityCheckInfo)
export class AuthenticityResolver {
  @Authorized('PERFORMANCE', 'LEADERSHIP')
  @Query(() => AuthenticitySampleInfo, {
    nullable: true,
    description: '年度真实性核查样本 / The year’s authenticity sample',
  })
  authenticitySample(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.readers.authenticity.sample(year);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => AuthenticitySampleInfo, {
    description:
      '抽取真实性核查样本（按规定比例，记录种子）/ Draw the authenticity sample (the rule’s share, seed recorded)',
  })
  async drawAuthenticitySample(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @TextArg('seed', TEXT.label, { description: '随机种子 / Seed' }) seed: string,
    @Ctx() ctx: Context,
  ) {
    await ctx.services.authenticity.draw(actOf(ctx), year, seed);
    return ctx.readers.authenticity.sample(year);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Evaluation, {
    description: '录入核查结果；未通过即一票否决（绩效科）/ Record a check; a failure vetoes the grade',
  })
  async recordAuthenticityResult(
    @Arg('id', () => ID, { description: '核查 / Check' }) id: string,
    @Arg('passed', { description: '是否属实 / Passed' }) passed: boolean,
    @TextArg('note', TEXT.note, { defaultValue: '', description: '核查说明 / Note' }) note: string,
    @Arg('version', () => Int, { description: '版本号 / Version' }) version: number,
    @Ctx() ctx: Context,
  ) {
    const evaluationId = await ctx.services.authenticity.record(
      actOf(ctx),
      idOf('AuthenticityCheck', id, 'id'),
      passed,
      note,
      version,
    );
    return ctx.loaders.evaluation.load(evaluationId);
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: '被核查的自评 / The self-evaluation checked' })
  evaluation(@Root() c: AuthenticityCheckInfo, @Ctx() ctx: Context) {
    return ctx.loaders.evaluation.load(c.evaluationId);
  }
}
