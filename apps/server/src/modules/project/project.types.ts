import { Field, Int, ObjectType } from 'type-graphql';
import type { FundFamily } from '@jixiao/schema/enums';
import { connectionOf } from '../../graphql/connection.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { FundFamilyEnum, ProjectKindEnum, TargetStatusEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

// Object types carry their database id (`dbId`) and foreign keys (`…Id`, not exposed) for the field
// resolvers, which load relations through the request's DataLoaders.

@ObjectType({ implements: Node, description: '项目支出 / A project expenditure of a budget year' })
export class Project extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  unitId: number;

  @Field({ description: '项目编码 / Project code' }) code: string;
  @Field({ description: '项目名称 / Project name' }) name: string;
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => DecimalScalar, { description: '预算金额（元）/ Budget in yuan' }) budget: string;
  @Field(() => FundFamilyEnum, { description: '资金类别 / Fund family' }) fundFamily: FundFamily;
  @Field(() => ProjectKindEnum, { description: '项目类型：新增、延续、一次性 / New, recurring or one-off' })
  kind: string;
  @Field({ description: '重点项目 / Key project' }) isKey: boolean;
  @Field({ description: '年初预算项目 / In the annual budget (not a mid-year addition)' }) inAnnualBudget: boolean;
  @Field({ description: '列入预算日期 / Date budgeted' }) budgetedOn: string;
  @Field({ description: '政府购买服务 / Government purchase of services' }) purchaseOfServices: boolean;
  @Field(() => TargetStatusEnum, { description: '绩效目标审核状态 / Review state of the project’s targets' })
  targetStatus: string;
  @Field(() => String, {
    nullable: true,
    description:
      '绩效目标公开日期（未公开或调整后待重新公开为空）/ Date the targets were published; null while not public or after an approved adjustment',
  })
  targetsPublishedOn: string | null;

  carriedOverFromId: number | null;
  carriedOverToId: number | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      '压减前预算（元）：以前年度评价决定的压减已从本预算中扣除时为扣除前金额，否则为空（见 cutsApplied）/ The budget before the decided cuts of earlier evaluations were taken from it; null when none was (see cutsApplied)',
  })
  budgetBeforeCuts: string | null;
}

export const ProjectConnection = connectionOf(Project, 'Project');

@ObjectType({
  description:
    '本列表未列出但计入合计的涉密单位项目（全部涉密单位合为一行，从不按单位）/ Projects of classified units counted in totals but not listed here (all classified units together, never one by one)',
})
export class ClassifiedTotals {
  @Field(() => Int, { description: '项目数 / Projects' }) count: number;
  @Field(() => DecimalScalar, { description: '预算（元）/ Budget (yuan)' }) budget: string;
}
