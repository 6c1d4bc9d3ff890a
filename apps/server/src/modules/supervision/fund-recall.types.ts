import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { Node } from '../../graphql/node.js';
import { FUND_RECALL_REASONS, type FundRecallReason } from './fund-recall.entity.js';

export const FundRecallReasonEnum = Object.fromEntries(FUND_RECALL_REASONS.map((k) => [k, k])) as {
  [K in FundRecallReason]: K;
};
registerEnumType(FundRecallReasonEnum, {
  name: 'FundRecallReason',
  description: '资金收回原因 / Why funds are recalled',
  valuesConfig: {
    AUTHENTICITY_VETO: { description: '真实性核查未通过（一票否决）/ Failed authenticity check (veto)' },
    IDLE_FUNDS: { description: '闲置资金 / Idle funds' },
  },
});

@ObjectType({ implements: Node, description: '资金收回 / A fund recall' })
export class FundRecall extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  projectId: number;

  @Field(() => FundRecallReasonEnum, { description: '原因 / Reason' }) reason: FundRecallReason;
  @Field({ description: '状态：已建议、已决定、未采纳 / PROPOSED, DECIDED, REJECTED' }) status: string;
  @Field(() => DecimalScalar, { description: '建议收回金额（元）/ Proposed amount, yuan' }) proposedAmount: string;
  @Field(() => DecimalScalar, { nullable: true, description: '决定收回金额（元）/ Decided amount, yuan' })
  decidedAmount: string | null;
  @Field({ description: '建议说明 / Note of the proposal' }) proposalNote: string;
  @Field({ description: '决定说明 / Note of the decision' }) decisionNote: string;
  @Field({ description: '建议日期 / Proposed on' }) proposedOn: string;
  @Field(() => String, { nullable: true, description: '决定日期 / Decided on' }) decidedOn: string | null;
}
