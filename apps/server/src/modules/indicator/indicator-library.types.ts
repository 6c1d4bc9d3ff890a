import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';

@ObjectType({
  description: '指标库分组：共性类别或行业领域 / A group of the indicator library: a common category or a sector',
})
export class IndicatorGroupInfo {
  @Field({ description: '编码 / Code' }) code: string;
  @Field({ description: 'COMMON（共性）或 SECTOR（行业）/ Library' }) library: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field({ description: '英文名称 / English name' }) nameEn: string;
  @Field(() => Int, { description: '三级指标数 / Level-3 indicators' }) indicatorCount: number;
}

@ObjectType({ description: '指标库中的三级指标 / A level-3 indicator of the library' })
export class IndicatorTemplateInfo {
  @Field(() => ID, { description: '指标 ID（建目标时作 templateId）/ Id, the templateId when building targets' })
  id: string;
  @Field({ description: '编码 / Code' }) code: string;
  @Field({ description: '所属分组 / Group' }) groupName: string;
  @Field({ description: '一级指标 / Level 1' }) level1: string;
  @Field({ description: '二级指标 / Level 2' }) level2: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field({ description: '比较符 / Comparator' }) comparator: string;
  @Field({ description: '计量单位 / Unit of measure' }) unitOfMeasure: string;
  @Field({ description: '参考值 / Reference value' }) referenceValue: string;
  @Field({ description: '量化指标 / Quantitative' }) quantitative: boolean;
  @Field(() => Int, { description: '自哪一年起在库（0：建库起）/ First year in the library (0: from the start)' })
  fromYear: number;
  @Field(() => Int, {
    nullable: true,
    description:
      '自哪一年起退出指标库（被停用或被新版本取代）/ First year no longer in the library (retired or replaced)',
  })
  retiredFrom: number | null;
  @Field(() => Int, { description: '版本号（修改、停用时回传）/ Version, sent back to edit or retire' })
  version: number;
  @Field(() => String, {
    nullable: true,
    description: '所属地区的指标库（空：全国通用）/ The region whose library holds it (null: national)',
  })
  regionName: string | null;
  @Field({
    description:
      '当前用户可修改、停用（本地区及下级地区的模板）/ The viewer may edit and retire it (its region or below)',
  })
  administered: boolean;
}

export const IndicatorTemplateConnection = connectionOf(IndicatorTemplateInfo, 'IndicatorTemplate');
