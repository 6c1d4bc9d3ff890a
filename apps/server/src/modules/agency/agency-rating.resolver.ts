import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { AppError } from '../../graphql/errors.js';
import { actOf } from '../workflow/index.js';

@InputType({ description: '机构满意度 / An agency’s satisfaction score' })
class AgencySatisfactionInput {
  @Field(() => ID, { description: '机构 / Agency' }) agencyId: string;
  @Field(() => Float, { description: '满意度得分（0–100）/ Satisfaction, 0–100' }) satisfaction: number;
}

@Resolver()
export class AgencyRatingResolver {
  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, {
    description:
      '按实际工作与满意度计算机构年度评级，返回条数（绩效科）/ Rate every agency from its actual work and the satisfaction entered; returns how many',
  })
  computeAgencyRatings(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('satisfaction', () => [AgencySatisfactionInput], { description: '各机构满意度 / Satisfaction per agency' })
    satisfaction: AgencySatisfactionInput[],
    @Ctx() ctx: Context,
  ) {
    // Every bad entry named by its place in the list, so the form can show each at its agency.
    const problems = satisfaction.flatMap((s, i) =>
      Number.isFinite(s.satisfaction) && s.satisfaction >= 0 && s.satisfaction <= 100
        ? []
        : [{ field: `satisfaction[${i}].satisfaction`, zh: '满意度须在0–100之间', en: 'must be between 0 and 100' }],
    );
    if (problems.length > 0) {
      throw new AppError(
        'BAD_USER_INPUT',
        problems.map((x) => `${x.field}：${x.zh}`).join('；'),
        problems.map((x) => `${x.field}: ${x.en}`).join('; '),
        { fields: problems },
      );
    }
    return ctx.services.agencyRatings.compute(
      actOf(ctx),
      year,
      satisfaction.map((s, i) => ({
        agencyId: idOf('Agency', s.agencyId, `satisfaction[${i}].agencyId`),
        satisfaction: s.satisfaction,
      })),
    );
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Int, {
    description: '公布年度评级，返回条数（绩效科）/ Publish the year’s ratings; returns how many',
  })
  publishAgencyRatings(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.services.agencyRatings.publish(actOf(ctx), year);
  }
}
