import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Grade } from '@jixiao/schema/enums';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { GradeEnum } from '../../graphql/enums.js';
import { EXECUTION_RATE_DESCRIPTION } from '../monitoring/index.js';

// Issue 15 §1: the cockpit's rankings. Every figure is the server's; rows are only those the viewer may see
// row by row (a classified unit is never a ranking row for a viewer who may not list it).

export const ExecutionRankingByEnum = { UNIT: 'UNIT', PROJECT: 'PROJECT' } as const;
export type ExecutionRankingBy = keyof typeof ExecutionRankingByEnum;
registerEnumType(ExecutionRankingByEnum, {
  name: 'ExecutionRankingBy',
  description: '执行排名的行：单位或项目 / Rows of an execution ranking: units or projects',
  valuesConfig: {
    UNIT: { description: '按单位（其在该节点报送项目的合计）/ Units: their projects reported at the checkpoint' },
    PROJECT: { description: '按项目 / Projects' },
  },
});

export const CutGroupByEnum = { SECTION: 'SECTION', UNIT: 'UNIT' } as const;
export type CutGroupBy = keyof typeof CutGroupByEnum;
registerEnumType(CutGroupByEnum, {
  name: 'CutGroupBy',
  description: '压减汇总分组：科室或单位 / Grouping of the cut totals: by section or by unit',
  valuesConfig: {
    SECTION: { description: '按对口科室 / By supervising section' },
    UNIT: {
      description: '按单位（涉密单位对无权者合并）/ By unit (classified ones merged for viewers who may not see them)',
    },
  },
});

@ObjectType({
  description:
    '执行进度排名的一行：执行率减时序进度 / A row of the execution ranking: execution rate minus the share of the year elapsed',
})
export class ExecutionLagRow {
  @Field(() => ID, { description: '单位或项目的全局 ID / Global id of the unit or project' }) id: string;
  @Field({ description: '单位名称或项目名称 / Unit or project name' }) name: string;
  @Field(() => String, { nullable: true, description: '项目编码（单位行为空）/ Project code (null for a unit)' })
  code: string | null;
  @Field(() => ID, { description: '单位全局 ID / Global id of the unit' }) unitId: string;
  @Field({ description: '单位名称 / Unit name' }) unitName: string;
  @Field({ description: '单位编码 / Unit code' }) unitCode: string;
  @Field({
    description:
      '单位所在县的行政区划代码（单位编码仅在县内唯一）/ Division code of the unit’s county (unit codes are unique within a county)',
  })
  regionCode: string;
  @Field(() => Int, { description: '该节点报送的项目数 / Projects reported at the checkpoint' }) projectCount: number;
  @Field(() => DecimalScalar, { description: '预算金额（元）/ Budget in yuan' }) budget: string;
  @Field(() => DecimalScalar, { description: '执行金额（元）/ Executed in yuan' }) executed: string;
  @Field(() => Float, { description: EXECUTION_RATE_DESCRIPTION }) executionRate: number;
  @Field(() => Float, {
    description: '执行率减时序进度（负为滞后）/ Execution rate minus the share of the year elapsed (negative: behind)',
  })
  gap: number;
}

@ObjectType({ description: '执行进度排名（滞后最多者在前）/ Execution ranking, furthest behind first' })
export class ExecutionLagRanking {
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => Int, { description: '监控节点月份 / Checkpoint month' }) month: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '该节点的时序进度（按当年规则；无报送为空）/ Share of the year elapsed at the checkpoint (null when nothing was reported)',
  })
  elapsedShare: number | null;
  @Field(() => Int, {
    description: '可排名的行数（预算为零者不计）/ Rows that can be ranked (zero budgets have no rate)',
  })
  totalCount: number;
  @Field(() => [ExecutionLagRow], { description: '前 first 行 / The first `first` rows' }) rows: ExecutionLagRow[];
}

@ObjectType({ description: '某单位的逾期未销号预警 / A unit’s open flags past their deadline' })
export class OverdueFlagUnitRow {
  @Field(() => ID, { description: '单位全局 ID / Global id of the unit' }) unitId: string;
  @Field({ description: '单位名称 / Unit name' }) unitName: string;
  @Field({ description: '单位编码 / Unit code' }) unitCode: string;
  @Field({
    description:
      '单位所在县的行政区划代码（单位编码仅在县内唯一）/ Division code of the unit’s county (unit codes are unique within a county)',
  })
  regionCode: string;
  @Field(() => Int, { description: '逾期未销号预警数 / Open flags past their deadline' }) flagCount: number;
  @Field(() => Int, { description: '其中红标 / Of which red' }) redCount: number;
  @Field(() => Int, { description: '涉及项目数 / Projects with such a flag' }) projectCount: number;
  @Field(() => Int, {
    description: '最长逾期天数（至今日，北京时间）/ Days the oldest is past its deadline (to today, Beijing time)',
  })
  maxDaysOverdue: number;
}

@ObjectType({ description: '逾期预警单位排名（最多者在前）/ Units by open flags past their deadline, most first' })
export class OverdueFlagRanking {
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => Int, { description: '有逾期预警的单位数 / Units with such flags' }) totalCount: number;
  @Field(() => Int, { description: '逾期未销号预警合计 / Open flags past their deadline in all' }) flagCount: number;
  @Field(() => [OverdueFlagUnitRow], { description: '前 first 个单位 / The first `first` units' })
  rows: OverdueFlagUnitRow[];
}

@ObjectType({ description: '评为中、差的项目及其压减 / A project graded medium or poor, with its cut' })
export class CutProjectRow {
  @Field(() => ID, { description: '项目全局 ID / Global id of the project' }) projectId: string;
  @Field({ description: '项目编码 / Project code' }) code: string;
  @Field({ description: '项目名称 / Project name' }) name: string;
  @Field(() => ID, { description: '单位全局 ID / Global id of the unit' }) unitId: string;
  @Field({ description: '单位名称 / Unit name' }) unitName: string;
  @Field({ description: '单位编码 / Unit code' }) unitCode: string;
  @Field({
    description:
      '单位所在县的行政区划代码（单位编码仅在县内唯一）/ Division code of the unit’s county (unit codes are unique within a county)',
  })
  regionCode: string;
  @Field(() => GradeEnum, { description: '评价等次 / Grade' }) grade: Grade;
  @Field(() => Float, { nullable: true, description: '评价得分 / Score' }) score: number | null;
  @Field(() => DecimalScalar, { description: '项目预算（元）/ Project budget in yuan' }) budget: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: '建议压减（元；尚未建议为空）/ Cut proposed in yuan (null until proposed)',
  })
  proposedCut: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: '确定压减（元；尚未确定为空）/ Cut decided in yuan (null until decided)',
  })
  acceptedCut: string | null;
  @Field(() => String, {
    nullable: true,
    description: '压减状态：建议、采纳、调整（尚未建议为空）/ PROPOSED, ACCEPTED, ADJUSTED (null until proposed)',
  })
  cutStatus: string | null;
  @Field(() => Int, { description: '压减所在预算年度 / Budget year the cut lands in' }) targetYear: number;
}

@ObjectType({
  description:
    '评为中、差的项目（差在前，压减多者在前）/ Projects graded medium or poor: poor first, largest cut first',
})
export class CutProjectRanking {
  @Field(() => Int, { description: '被评价的预算年度 / Budget year evaluated' }) year: number;
  @Field(() => Int, { description: '评为中、差的项目数 / Projects graded medium or poor' }) totalCount: number;
  @Field(() => Int, { description: '其中评为“中” / Of which graded medium' }) mediumCount: number;
  @Field(() => Int, { description: '其中评为“差” / Of which graded poor' }) poorCount: number;
  @Field(() => [CutProjectRow], { description: '前 first 个项目 / The first `first` projects' }) rows: CutProjectRow[];
}

@ObjectType({ description: '某科室或单位的压减合计 / Cut totals of a section or unit' })
export class CutGroupRow {
  @Field({
    description:
      '科室或单位的全局 ID；合并的涉密单位为 CLASSIFIED / Global id, or CLASSIFIED for merged classified units',
  })
  key: string;
  @Field({ description: '名称 / Name' }) label: string;
  @Field(() => String, {
    nullable: true,
    description: '科室或单位编码（合并的涉密单位为空）/ Code of the section or unit (null for merged classified units)',
  })
  code: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      '其所在县的行政区划代码（编码仅在县内唯一；合并的涉密单位为空）/ Division code of its county (codes are unique within a county; null for merged classified units)',
  })
  regionCode: string | null;
  @Field(() => Int, { description: '建议压减的项目数 / Projects with a proposed cut' }) projectCount: number;
  @Field(() => DecimalScalar, { description: '建议压减合计（元）/ Cuts proposed, in yuan' }) proposedCut: string;
  @Field(() => Int, { description: '已确定的项目数 / Cuts decided' }) decidedCount: number;
  @Field(() => DecimalScalar, { description: '确定压减合计（元）/ Cuts decided, in yuan' }) acceptedCut: string;
}
