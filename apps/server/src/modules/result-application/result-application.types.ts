import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Grade } from '@jixiao/schema/enums';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { GradeEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

@ObjectType({ implements: Node, description: '结果应用（预算压减）/ A proposed budget cut' })
export class ResultApplication extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  projectId: number;
  evaluationId: number;

  @Field(() => Int, {
    description:
      '压减所在预算年度：被评价项目预算年度之后第二年（2025年项目在2026年评价，压减落在2027年预算）/ The budget year cut: two years after the evaluated project’s budget year (a 2025 project, evaluated in 2026, is cut in the 2027 budget)',
  })
  targetYear: number;
  @Field(() => GradeEnum, { description: '评价等次（中或差）/ Grade that led to the cut: MEDIUM or POOR' })
  grade: Grade;
  @Field(() => DecimalScalar, {
    description: '压减基数：项目预算（元）/ Project budget the cut is taken from, in yuan',
  })
  baseBudget: string;
  @Field(() => Float, { description: '压减比例 / Share cut' }) cutShare: number;
  @Field(() => DecimalScalar, { description: '按规则建议压减金额（元）/ Cut the rules propose, in yuan' })
  proposedCut: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: '预算科确定的压减金额（元）/ Cut the budget section decided, in yuan',
  })
  acceptedCut: string | null;
  @Field({ description: '状态：建议、采纳、调整 / PROPOSED, ACCEPTED, ADJUSTED' }) status: string;
  @Field({ description: '压减说明 / Reason for the cut' }) reason: string;

  appliedToProjectId: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      '从 targetYear 年度预算中扣除的日期（该年度的延续项目存在且压减已决定时）/ Date the decided cut was taken from the targetYear budget line (once that line exists and the cut is decided)',
  })
  appliedOn: string | null;
}
