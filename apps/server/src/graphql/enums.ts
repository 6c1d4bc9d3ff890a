import { registerEnumType } from 'type-graphql';
import {
  AGENCY_RATINGS, EVALUATION_KINDS, EXECUTION_GROUP_BY, FLAG_LEVELS, FLAG_STATUSES, FUND_FAMILIES, GRADES, ROLES,
  SECTION_KINDS,
} from '@jixiao/schema/enums';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const FundFamilyEnum = enumObject(FUND_FAMILIES);
export const GradeEnum = enumObject(GRADES);
export const EvaluationKindEnum = enumObject(EVALUATION_KINDS);
export const ExecutionGroupByEnum = enumObject(EXECUTION_GROUP_BY);
export const RoleEnum = enumObject(ROLES);
export const SectionKindEnum = enumObject(SECTION_KINDS);
export const FlagLevelEnum = enumObject(FLAG_LEVELS);
export const FlagStatusEnum = enumObject(FLAG_STATUSES);
export const AgencyRatingEnum = enumObject(AGENCY_RATINGS);

registerEnumType(FundFamilyEnum, {
  name: 'FundFamily',
  description: '资金类别：四本预算及单独管理的资金 / Fund families: the four budgets and the families tracked on their own',
});
registerEnumType(GradeEnum, { name: 'Grade', description: '评价等次：优、良、中、差 / Evaluation grade' });
registerEnumType(EvaluationKindEnum, {
  name: 'EvaluationKind',
  description: '评价类型：单位自评、部门评价、财政重点评价、部门整体评价 / Kind of evaluation',
});
registerEnumType(ExecutionGroupByEnum, {
  name: 'ExecutionGroupBy',
  description: '执行情况分组：合计、资金类别、科室、单位 / Grouping of execution figures',
});
registerEnumType(RoleEnum, { name: 'Role', description: '用户角色 / Role of a user' });
registerEnumType(SectionKindEnum, { name: 'SectionKind', description: '科室类型 / Kind of finance section' });
registerEnumType(FlagLevelEnum, { name: 'FlagLevel', description: '预警等级：黄标、红标 / Flag level' });
registerEnumType(FlagStatusEnum, { name: 'FlagStatus', description: '预警状态：未销号、已销号 / Flag status' });
registerEnumType(AgencyRatingEnum, { name: 'AgencyRatingLevel', description: '第三方机构信用等级 A–D / Agency credit rating' });
