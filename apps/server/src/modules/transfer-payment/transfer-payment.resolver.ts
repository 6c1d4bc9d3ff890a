import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { YearArgs } from '../analytics/index.js';
import { actOf } from '../workflow/index.js';
import { TransferPaymentSplit } from './transfer-payment.types.js';

@Resolver()
export class TransferPaymentResolver {
  @Authorized('UNIT', 'PERFORMANCE', 'LEADERSHIP', 'BUDGET', 'BUSINESS_SECTION', 'FUND_SECTION', 'UPPER_LEVEL')
  @Query(() => [TransferPaymentSplit], {
    description:
      '本地区本年度上级转移支付及其目标分解（分解行按数据权限；合计含全部项目）/ The region’s transfer payments of the year with their targets’ split (rows within the viewer’s scope; sums over all projects)',
  })
  transferPayments(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.services.transferPayments.list(ctx.viewer!, YearArgs.check(year));
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => TransferPaymentSplit, {
    description:
      '确认转移支付目标分解（须每个上级目标分解合计等于上级目标值）（绩效科）/ Confirm a transfer payment’s split: every upper target must add up exactly (performance section)',
  })
  async confirmTransferSplit(
    @Arg('id', () => ID, { description: '转移支付 / Transfer payment' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const tpId = await ctx.services.transferPayments.confirmSplit(
      actOf(ctx),
      idOf('TransferPayment', id, 'id'),
      version,
    );
    const [year] = await ctx.services.transferPayments.yearOf(tpId);
    const list = await ctx.services.transferPayments.list(ctx.viewer!, year!);
    return list.find((x) => x.id === id)!;
  }
}
