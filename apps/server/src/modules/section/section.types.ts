import { Field, ObjectType } from 'type-graphql';
import type { FundFamily, SectionKind } from '@jixiao/schema/enums';
import { FundFamilyEnum, SectionKindEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

@ObjectType({ implements: Node, description: '财政局科室 / A section of the finance bureau' })
export class Section extends Node {
  dbId: number;
  regionId: number;

  @Field({ description: '科室编码 / Section code' }) code: string;
  @Field({
    description:
      '所在县的行政区划代码（科室编码仅在县内唯一）/ Division code of its county (section codes are unique within a county)',
  })
  regionCode: string;
  @Field({ description: '科室名称 / Section name' }) name: string;
  @Field(() => SectionKindEnum, { description: '科室类型 / Kind of section' }) kind: SectionKind;
  @Field(() => FundFamilyEnum, { nullable: true, description: '主管的资金类别 / Fund family it owns' })
  ownedFundFamily: FundFamily | null;
}
