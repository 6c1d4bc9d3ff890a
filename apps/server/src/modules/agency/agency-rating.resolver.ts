import { Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { actOf } from '../workflow/workflow.js';

@InputType({ description: '机构满意度 / An agency’s satisfaction score' })
class AgencySatisfactionInput {
  @Field(() => ID, { description: '机构 / Agency' }) agencyId: string;
  @Field(() => Float, { description: '满意度得分（0–100）/ Satisfaction, 0–100' }) @Min(0) @Max(100) satisfaction: number;
}

@Resolver()
export class AgencyRatingResolver {
  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, {
    description: '按实际工作与满意度计算机构年度评级，返回条数（绩效科）/ Rate every agency from its actual work and the satisfaction entered; returns how many',
  })
  computeAgencyRatings(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('satisfaction', () => [AgencySatisfactionInput], { description: '各机构满意度 / Satisfaction per agency' }) satisfaction: AgencySatisfactionInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agencyRatings.compute(actOf(ctx), year,
      satisfaction.map((s, i) => ({ agencyId: idOf('Agency', s.agencyId, `satisfaction[${i}].agencyId`), satisfaction: s.satisfaction })));
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, { description: '公布年度评级，返回条数（绩效科）/ Publish the year’s ratings; returns how many' })
  publishAgencyRatings(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.services.agencyRatings.publish(actOf(ctx), year);
  }
}
