import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { SUPERVISION_FINDING_KINDS, type SupervisionFindingKind } from './supervision-finding.entity.js';
import { TEXT, TextField } from '../../graphql/text.js';

export const SupervisionFindingKindEnum = Object.fromEntries(SUPERVISION_FINDING_KINDS.map((k) => [k, k])) as {
  [K in SupervisionFindingKind]: K;
};
registerEnumType(SupervisionFindingKindEnum, {
  name: 'SupervisionFindingKind',
  description: '发现问题类别 / Kind of finding',
  valuesConfig: {
    AUDIT: { description: '审计发现问题：等级不得为优、良 / Audit finding: the grade cannot be 优 or 良' },
    FINANCIAL_SUPERVISION: {
      description: '财会监督发现问题：等级不得为优、良 / Financial-supervision finding: the grade cannot be 优 or 良',
    },
    MAJOR_MISUSE: { description: '重大违规使用资金：等级定为差 / Major misuse of funds: graded 差 outright' },
  },
});

@ObjectType({
  implements: Node,
  description: '审计/财会监督发现问题、重大违规 / An audit or supervision finding, or major misuse',
})
export class SupervisionFinding extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  projectId: number;

  @Field(() => SupervisionFindingKindEnum, { description: '类别 / Kind: caps at 中, or 差 outright' })
  kind: SupervisionFindingKind;
  @Field({ description: '来源，如县审计局 / Source, e.g. the county audit office' }) source: string;
  @Field({ description: '发现日期 YYYY-MM-DD / Date found' }) foundOn: string;
  @Field({ description: '文号 / Document number' }) documentNo: string;
  @Field({ description: '问题描述 / Description' }) description: string;
  @Field({ description: '状态：有效、已撤销 / ACTIVE, or WITHDRAWN (caps nothing)' }) status: string;
  @Field({ description: '撤销理由 / Reason it was withdrawn' }) withdrawnReason: string;
  @Field({ description: '录入时间 / Recorded at' }) recordedAt: string;
}

@InputType({ description: '发现问题 / A finding to record or correct' })
export class SupervisionFindingInput {
  @Field(() => SupervisionFindingKindEnum, { description: '类别 / Kind' }) kind: SupervisionFindingKind;
  @TextField(TEXT.name, { description: '来源 / Source' }) source: string;
  @TextField(TEXT.date, { description: '发现日期 YYYY-MM-DD / Date found' }) foundOn: string;
  @TextField(TEXT.label, { description: '文号 / Document number' }) documentNo: string;
  @TextField(TEXT.long, { description: '问题描述 / Description' }) description: string;
}
