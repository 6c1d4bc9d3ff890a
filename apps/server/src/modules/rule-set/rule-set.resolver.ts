import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RuleSet } from '@jixiao/schema/rule-defaults';
import type { Context } from '../../graphql/context.js';
import { JSONObjectScalar } from '../../graphql/scalars.js';
import { YearArgs } from '../analytics/index.js';

@ObjectType({ description: '某年度的绩效管理规则 / The rules of a year' })
class RuleSetPayload {
  @Field(() => Int, { description: '年度 / Year' })
  year: number;

  @Field({ description: '是否已单独设置（否则为默认规则）/ Stored for this year (otherwise the defaults)' })
  stored: boolean;

  @Field(() => JSONObjectScalar, {
    description:
      '阈值、权重、等级线与比例（结构见 packages/schema rule-defaults）/ Thresholds, weights, bands and ratios',
  })
  rules: RuleSet;
}

@Resolver()
export class RuleSetResolver {
  @Authorized()
  @Query(() => RuleSetPayload, { description: '某年度的规则 / The rules in force for a year' })
  async ruleSet(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<RuleSetPayload> {
    const found = await ctx.services.ruleSets.forYear(ctx.viewer!.regionId, YearArgs.check(year));
    return { year, ...found };
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => RuleSetPayload, {
    description:
      '设置某年度规则（仅绩效科；已产生结果的年度不可改）/ Set a year’s rules (performance section; not once results exist)',
  })
  async setRuleSet(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('rules', () => JSONObjectScalar, {
      description: '完整规则，结构同 ruleSet.rules / The complete rules, shaped as ruleSet.rules',
    })
    rules: Record<string, unknown>,
    @Ctx() ctx: Context,
  ): Promise<RuleSetPayload> {
    const saved = await ctx.services.ruleSets.set(ctx.viewer!, YearArgs.check(year), rules, ctx.requestId);
    return { year, stored: true, rules: saved };
  }
}
