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

  @Field(() => Int, { description: '压减所在年度 / Budget year cut' }) targetYear: number;
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
}
