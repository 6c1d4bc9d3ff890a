import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';

@ObjectType({ implements: Node, description: '监控节点 / A monitoring checkpoint' })
export class Checkpoint extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  regionId: number;

  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => Int, { description: '节点月份（5 = 5月底）/ Month the checkpoint closes (5 = end of May)' })
  month: number;
  @Field({ description: 'PROJECT 或 UNIT_WIDE' }) scope: string;
  @Field({ description: '截止日期 / End of the period' }) periodEnd: string;
  @Field({ description: '报送截止日 / Reports due' }) reportDue: string;
  @Field({ description: '状态 / PLANNED, OPEN, CONFIRMED' }) status: string;
  @Field(() => Date, {
    nullable: true,
    description:
      '确认并冻结数据的时间（未确认为空；冻结数据见 frozen: true，此后变动见 changesSince）/ When it was confirmed and its figures frozen (null before; the frozen figures with frozen: true, later changes in changesSince)',
  })
  frozenAt: Date | null;
  @Field(() => Int, {
    description: '逾期天数（报送截止日之后；未逾期为0）/ Days past the reports’ due date; 0 before it',
  })
  daysOverdue: number;
  @Field(() => Int, {
    nullable: true,
    description:
      '时序进度分子：执行率低于 分子÷分母 即未达标（按当年规则；部门整体节点为空）/ Share of the year elapsed, numerator: executing less than numerator ÷ denominator fails the checkpoint (the year’s rule; null for unit-wide checkpoints)',
  })
  elapsedNumerator: number | null;
  @Field(() => Int, { nullable: true, description: '时序进度分母 / Share of the year elapsed, denominator' })
  elapsedDenominator: number | null;
}
