import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';

@ObjectType({ description: '承接的上级转移支付目标 / The upper-level transfer target an indicator carries a share of' })
export class TransferTargetRef {
  @Field(() => ID, { description: '上级目标 ID / Upper target id' }) id: string;
  @Field({ description: '上级目标名称 / Upper target name' }) name: string;
  @Field({ description: '转移支付名称 / Transfer payment name' }) transferPaymentName: string;
  @Field({ description: '下达文号 / Allocation document number' }) documentNo: string;
  @Field({ description: '上级目标值 / Upper target value' }) upperValue: string;
}

@ObjectType({ description: '目标分解到项目的一行 / One project’s share of an upper target' })
export class TransferSplitRow {
  @Field(() => ID, { description: '项目 / Project' }) projectId: string;
  @Field({ description: '项目编码 / Project code' }) projectCode: string;
  @Field({ description: '项目名称 / Project name' }) projectName: string;
  @Field({ description: '单位 / Unit' }) unitName: string;
  @Field(() => ID, { description: '项目指标 / The project’s indicator' }) indicatorId: string;
  @Field({ description: '项目指标名称 / Indicator name' }) indicatorName: string;
  @Field({ description: '分解值 / Value split to this project' }) value: string;
  @Field({ description: '项目绩效目标状态 / Review state of the project’s targets' }) targetStatus: string;
}

@ObjectType({ description: '上级转移支付目标及其分解 / An upper-level target and how it is split over projects' })
export class TransferTarget {
  @Field(() => ID, {
    description: '上级目标 ID（填入指标的 transferIndicatorId）/ Upper target id (an indicator’s transferIndicatorId)',
  })
  id: string;
  @Field({ description: '一级指标 / Level 1' }) level1: string;
  @Field({ description: '二级指标 / Level 2' }) level2: string;
  @Field({ description: '指标名称 / Name' }) name: string;
  @Field({ description: '比较符 / Comparator' }) comparator: string;
  @Field({ description: '计量单位 / Unit of measure' }) unitOfMeasure: string;
  @Field({ description: '上级目标值 / Upper value' }) upperValue: string;
  @Field({
    description: '已分解合计（全部项目，含不可见行）/ Sum split so far, over all projects (rows not shown included)',
  })
  splitSum: string;
  @Field({
    description: '差额 = 上级目标值 − 已分解合计；正为剩余可分解 / Upper value − split sum; positive = still to split',
  })
  difference: string;
  @Field({ description: '分解合计等于上级目标值 / The split adds up exactly' }) ok: boolean;
  @Field(() => Int, { description: '分解行数（全部项目）/ Number of split rows, over all projects' })
  splitCount: number;
  @Field(() => [TransferSplitRow], { description: '可见的分解行 / The split rows the viewer may see' })
  splits: TransferSplitRow[];
}

@ObjectType({ description: '上级转移支付及其目标分解 / An upper-level transfer payment with its targets’ split' })
export class TransferPaymentSplit {
  @Field(() => ID, { description: '转移支付 ID / Transfer payment id' }) id: string;
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field({ description: '下达文号 / Allocation document number' }) documentNo: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field(() => DecimalScalar, { description: '资金金额（元）/ Amount, yuan' }) amount: string;
  @Field(() => String, {
    nullable: true,
    description: '绩效科确认分解的日期 / Date the performance section confirmed the split',
  })
  splitConfirmedOn: string | null;
  @Field(() => Int, { description: '版本号，确认时回传以防覆盖 / Version: send it back when confirming' })
  version: number;
  @Field({ description: '全部目标均分解一致 / Every target’s split adds up' }) ok: boolean;
  @Field(() => [TransferTarget], { description: '上级目标 / The upper targets' }) indicators: TransferTarget[];
}
