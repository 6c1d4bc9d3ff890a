import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { FundFamily, RegionLevel, SectionKind } from '@jixiao/schema/enums';
import { FundFamilyEnum, RegionLevelEnum, SectionKindEnum } from '../../graphql/enums.js';
import { TextField } from '../../graphql/text.js';

/** The longest text each input takes: the width of the column it is stored in. */
const WIDTH = { regionCode: 12, code: 32, name: 100, agencyName: 120, creditCode: 18 } as const;

@ObjectType({ description: '地区（系统管理员所见）/ A region, as an administrator sees it' })
export class OrgRegion {
  @Field({ description: '行政区划代码 / Division code' }) code: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field(() => RegionLevelEnum, { description: '级别 / Level' }) level: RegionLevel;
  @Field(() => String, { nullable: true, description: '上级地区代码 / Parent code' }) parentCode: string | null;
  @Field(() => String, { nullable: true, description: '财政局名称（县级）/ The county’s finance bureau' })
  bureauName: string | null;
  @Field(() => Int, { description: '版本（乐观锁）/ Version, for optimistic concurrency' }) version: number;
}

@ObjectType({ description: '科室（系统管理员所见）/ A section, as an administrator sees it' })
export class OrgSection {
  @Field(() => ID, { description: '科室全局 ID / Global id of the section' }) id: string;
  @Field({ description: '所属县代码 / County code' }) regionCode: string;
  @Field({ description: '所属县 / County' }) regionName: string;
  @Field({ description: '编码 / Code' }) code: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field(() => SectionKindEnum, { description: '类型 / Kind' }) kind: SectionKind;
  @Field(() => FundFamilyEnum, { nullable: true, description: '主管的资金类别 / Fund family owned' })
  ownedFundFamily: FundFamily | null;
  @Field(() => Int, { description: '对口单位数 / Units overseen' }) unitCount: number;
  @Field(() => Int, { description: '版本 / Version' }) version: number;
}

@ObjectType({ description: '单位（系统管理员所见）/ A unit, as an administrator sees it' })
export class OrgUnit {
  @Field(() => ID, { description: '单位全局 ID / Global id of the unit' }) id: string;
  @Field({ description: '所属县代码 / County code' }) regionCode: string;
  @Field({ description: '所属县 / County' }) regionName: string;
  @Field({ description: '编码 / Code' }) code: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field({ description: '涉密单位 / Classified' }) classified: boolean;
  @Field({ description: '在用（撤销后为否）/ Active (false once retired)' }) active: boolean;
  @Field(() => ID, { description: '对口业务科室全局 ID / Overseeing business section' }) sectionId: string;
  @Field({ description: '对口业务科室 / Overseeing business section' }) sectionName: string;
  @Field(() => Int, { description: '版本 / Version' }) version: number;
}

@ObjectType({ description: '机构人员 / A staff user of an agency' })
export class OrgStaff {
  @Field(() => ID, { description: '用户全局 ID / Global id of the user' }) id: string;
  @Field({ description: '用户名 / Username' }) username: string;
  @Field({ description: '姓名 / Display name' }) displayName: string;
  @Field({ description: '是否启用 / Active' }) active: boolean;
}

@ObjectType({ description: '第三方机构（系统管理员所见）/ An agency, as an administrator sees it' })
export class OrgAgency {
  @Field(() => ID, { description: '机构全局 ID / Global id of the agency' }) id: string;
  @Field({ description: '所属县代码 / County code' }) regionCode: string;
  @Field({ description: '所属县 / County' }) regionName: string;
  @Field({ description: '编码 / Code' }) code: string;
  @Field({ description: '名称 / Name' }) name: string;
  @Field({ description: '统一社会信用代码 / Unified social credit code' }) creditCode: string;
  @Field({
    description:
      '具备涉密业务资质：仅此类机构可受托涉密单位项目的重点评价或事前评估复评，并只看到受托的项目 / Cleared for classified work: only such an agency may be assigned a classified unit’s key evaluation or ex-ante re-assessment, and it then sees exactly the projects assigned',
  })
  clearedForClassified: boolean;
  @Field(() => [OrgStaff], { description: '机构人员 / Staff users' }) staff: OrgStaff[];
  @Field(() => Int, { description: '版本 / Version' }) version: number;
}

@ObjectType({ description: '本地区及下辖的组织机构 / The organisation of my regions' })
export class Organisation {
  @Field(() => [OrgRegion], { description: '地区树（按路径）/ The region tree, by path' }) regions: OrgRegion[];
  @Field(() => [OrgSection], { description: '科室 / Sections' }) sections: OrgSection[];
  @Field(() => [OrgUnit], { description: '单位 / Units' }) units: OrgUnit[];
  @Field(() => [OrgAgency], { description: '第三方机构 / Agencies' }) agencies: OrgAgency[];
}

@InputType({ description: '新地区 / A new region' })
export class CreateRegionInput {
  @TextField(WIDTH.regionCode, { description: '上级地区代码 / Parent region code' }) parentCode: string;
  @TextField(WIDTH.regionCode, { description: '行政区划代码 / Division code' }) code: string;
  @TextField(WIDTH.name, { description: '名称 / Name' }) name: string;
  @TextField(WIDTH.name, { nullable: true, description: '财政局名称（县级）/ Finance bureau (county)' })
  bureauName?: string | null;
}

@InputType({ description: '修改地区 / A change to a region' })
export class UpdateRegionInput {
  @TextField(WIDTH.regionCode, { description: '行政区划代码 / Division code' }) code: string;
  @Field(() => Int, { description: '读取时的版本 / Version read' }) version: number;
  @TextField(WIDTH.name, { nullable: true, description: '新名称 / New name' }) name?: string | null;
  @TextField(WIDTH.name, { nullable: true, description: '财政局名称（县级）/ Finance bureau (county)' })
  bureauName?: string | null;
}

@InputType({ description: '新单位 / A new unit' })
export class CreateUnitInput {
  @TextField(WIDTH.regionCode, { description: '所属县代码 / County code' }) regionCode: string;
  @TextField(WIDTH.code, { description: '单位编码（县内唯一）/ Code, unique in the county' }) code: string;
  @TextField(WIDTH.name, { description: '名称 / Name' }) name: string;
  @Field({ description: '涉密单位 / Classified' }) classified: boolean;
  @Field(() => ID, { description: '对口业务科室 / Overseeing business section' }) sectionId: string;
}

@InputType({ description: '修改单位 / A change to a unit' })
export class UpdateUnitInput {
  @Field(() => ID, { description: '单位全局 ID / Global id of the unit' }) id: string;
  @Field(() => Int, { description: '读取时的版本 / Version read' }) version: number;
  @TextField(WIDTH.code, { nullable: true, description: '编码 / Code' }) code?: string | null;
  @TextField(WIDTH.name, { nullable: true, description: '名称 / Name' }) name?: string | null;
  @Field(() => Boolean, { nullable: true, description: '涉密单位 / Classified' }) classified?: boolean | null;
  @Field(() => ID, { nullable: true, description: '对口业务科室 / Overseeing business section' })
  sectionId?: string | null;
}

@InputType({ description: '新科室 / A new section' })
export class CreateSectionInput {
  @TextField(WIDTH.regionCode, { description: '所属县代码 / County code' }) regionCode: string;
  @TextField(WIDTH.code, { description: '编码（县内唯一）/ Code, unique in the county' }) code: string;
  @TextField(WIDTH.name, { description: '名称 / Name' }) name: string;
  @Field(() => SectionKindEnum, { description: '类型 / Kind' }) kind: SectionKind;
  @Field(() => FundFamilyEnum, { nullable: true, description: '资金科室主管的资金类别 / Fund family (fund sections)' })
  ownedFundFamily?: FundFamily | null;
  @Field(() => [ID], { nullable: true, description: '业务科室对口的单位 / Units it oversees (business sections)' })
  unitIds?: string[] | null;
}

@InputType({ description: '修改科室 / A change to a section' })
export class UpdateSectionInput {
  @Field(() => ID, { description: '科室全局 ID / Global id of the section' }) id: string;
  @Field(() => Int, { description: '读取时的版本 / Version read' }) version: number;
  @TextField(WIDTH.code, { nullable: true, description: '编码 / Code' }) code?: string | null;
  @TextField(WIDTH.name, { nullable: true, description: '名称 / Name' }) name?: string | null;
  @Field(() => FundFamilyEnum, { nullable: true, description: '资金类别 / Fund family (fund sections)' })
  ownedFundFamily?: FundFamily | null;
  @Field(() => [ID], { nullable: true, description: '改由本科室对口的单位 / Units to move under it' })
  unitIds?: string[] | null;
}

@InputType({ description: '新第三方机构 / A new agency' })
export class CreateAgencyInput {
  @TextField(WIDTH.regionCode, { description: '所属县代码 / County code' }) regionCode: string;
  @TextField(WIDTH.code, { description: '编码 / Code' }) code: string;
  @TextField(WIDTH.agencyName, { description: '名称 / Name' }) name: string;
  @TextField(WIDTH.creditCode, { description: '统一社会信用代码 / Unified social credit code' }) creditCode: string;
}

@InputType({ description: '修改第三方机构 / A change to an agency' })
export class UpdateAgencyInput {
  @Field(() => ID, { description: '机构全局 ID / Global id of the agency' }) id: string;
  @Field(() => Int, { description: '读取时的版本 / Version read' }) version: number;
  @TextField(WIDTH.code, { nullable: true, description: '编码 / Code' }) code?: string | null;
  @TextField(WIDTH.agencyName, { nullable: true, description: '名称 / Name' }) name?: string | null;
  @TextField(WIDTH.creditCode, { nullable: true, description: '统一社会信用代码 / Credit code' }) creditCode?:
    string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '具备涉密业务资质（审计记录前后值）/ Cleared for classified work (audited with before and after)',
  })
  clearedForClassified?: boolean | null;
}
