import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '真实性核查的一条 / One check of the authenticity sample' })
export class AuthenticityCheckInfo {
  evaluationId: number;

  @Field(() => ID, { description: '核查 ID / Check id' }) id: string;
  @Field(() => Int, { description: '抽取顺序 / Position in the draw' }) position: number;
  @Field({ description: 'PENDING PASSED FAILED' + ' / 结果 Result' }) result: string;
  @Field({ description: '核查说明 / Note' }) note: string;
  @Field(() => String, { nullable: true, description: '核查日期 / Checked on' }) checkedOn: string | null;
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
}

@ObjectType({ description: '年度真实性核查样本 / The authenticity sample of a year' })
export class AuthenticitySampleInfo {
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field({ description: '随机种子（可复现）/ Seed: the draw can be repeated' }) seed: string;
  @Field(() => Int, { description: '总体数 / Population' }) population: number;
  @Field({ description: '抽取日期 / Drawn on' }) drawnOn: string;
  @Field(() => String, { nullable: true, description: '抽取人 / Drawn by' }) drawnBy: string | null;
  @Field(() => [AuthenticityCheckInfo], { description: '抽中的自评 / The sampled self-evaluations' })
  checks: AuthenticityCheckInfo[];
}
