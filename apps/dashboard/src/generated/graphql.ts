/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 汇总维度 / Dimensions to group projects by */
export type AggregateDimension =
  /** 监控节点（执行数取该节点）/ Checkpoint: executed as reported there */
  | 'CHECKPOINT'
  /** 当前最高未销号预警 / Highest open flag: NONE, YELLOW, RED */
  | 'FLAG_LEVEL'
  /** 资金类别 / Fund family */
  | 'FUND_FAMILY'
  /** 评价等次（默认单位自评）/ Grade of the evaluation kind in the filter (SELF by default) */
  | 'GRADE'
  /** 对口科室 / Supervising section */
  | 'SECTION'
  /** 单位（涉密单位对无权者合并）/ Unit (classified ones merged for viewers who may not see them) */
  | 'UNIT'
  /** 预算年度 / Budget year */
  | 'YEAR';

/** 汇总筛选 / Filters of the aggregate */
export type AggregateFilter = {
  /** 只取该月监控节点的执行数 / Executed as of this checkpoint month */
  checkpointMonth?: number | null | undefined;
  /** GRADE 维度所用评价类型 / Evaluation kind for GRADE */
  evaluationKind?: EvaluationKind | null | undefined;
  /** 资金类别 / Fund family */
  fundFamily?: FundFamily | null | undefined;
  /** 重点项目 / Key projects only (or not) */
  isKey?: boolean | null | undefined;
  /** 对口科室 / Supervising section */
  sectionId?: string | number | null | undefined;
  /** 单位 / Unit */
  unitId?: string | number | null | undefined;
  /** 预算年度 / Budget year */
  year?: number | null | undefined;
};

/** 评价类型：单位自评、部门评价、财政重点评价、部门整体评价 / Kind of evaluation */
export type EvaluationKind =
  /** 部门评价 / Department evaluation */
  | 'DEPARTMENT'
  /** 财政重点评价（第三方机构实施）/ Key evaluation by the finance bureau, run by an agency */
  | 'KEY'
  /** 单位自评 / Self-evaluation by the unit */
  | 'SELF'
  /** 部门整体评价 / Unit-wide evaluation */
  | 'UNIT_WIDE';

/** 预警筛选 / Flag filters */
export type FlagFilter = {
  /** 预警等级 / Flag level */
  level?: FlagLevel | null | undefined;
  /** 仅逾期未销号 / Only open flags past their deadline */
  overdue?: boolean | null | undefined;
  /** 对口科室 / Supervising section */
  sectionId?: string | number | null | undefined;
  /** 预警状态 / Flag status */
  status?: FlagStatus | null | undefined;
  /** 单位 / Unit */
  unitId?: string | number | null | undefined;
  /** 预算年度 / Budget year */
  year?: number | null | undefined;
};

/** 预警等级：黄标、红标 / Flag level */
export type FlagLevel =
  /** 红标：连续两个节点未达标 / Red flag: failed two checkpoints in a row */
  | 'RED'
  /** 黄标：监控节点未达标 / Yellow flag: failed a checkpoint */
  | 'YELLOW';

/** 预警状态：未销号、已销号 / Flag status */
export type FlagStatus =
  /** 已销号 / Closed once rectified */
  | 'CLOSED'
  /** 未销号 / Open, not yet rectified */
  | 'OPEN';

/** 资金类别：四本预算及单独管理的资金 / Fund families: the four budgets and the families tracked on their own */
export type FundFamily =
  /** 一般公共预算 / General public budget */
  | 'GENERAL_PUBLIC'
  /** 政府性基金预算 / Government fund budget */
  | 'GOVERNMENT_FUND'
  /** 财政衔接推进乡村振兴补助资金 / Rural revitalization linkage funds */
  | 'RURAL_REVITALIZATION'
  /** 社会保险基金预算 / Social insurance fund budget */
  | 'SOCIAL_INSURANCE'
  /** 政府专项债券 / Government special-purpose bonds */
  | 'SPECIAL_BOND'
  /** 国有资本经营预算 / State capital operating budget */
  | 'STATE_CAPITAL'
  /** 中央及上级转移支付 / Central and upper-level transfer payments */
  | 'TRANSFER_PAYMENT';

/** 评价等次：优、良、中、差 / Evaluation grade */
export type Grade =
  /** 优（默认 ≥ 90 分）/ Excellent (≥ 90 by default) */
  | 'EXCELLENT'
  /** 良（默认 80–<90 分）/ Good (80 to < 90 by default) */
  | 'GOOD'
  /** 中（默认 60–<80 分）/ Medium (60 to < 80 by default) */
  | 'MEDIUM'
  /** 差（默认 < 60 分）/ Poor (< 60 by default) */
  | 'POOR';

/** 用户角色 / Role of a user */
export type Role =
  /** 第三方机构 / Third-party agency */
  | 'AGENCY'
  /** 预算科 / Budget Section */
  | 'BUDGET'
  /** 业务科室 / Business section */
  | 'BUSINESS_SECTION'
  /** 资金主管科室 / Fund-owning section */
  | 'FUND_SECTION'
  /** 领导（县委、县政府、局领导）/ Leadership */
  | 'LEADERSHIP'
  /** 预算绩效评价科 / Performance Evaluation Section */
  | 'PERFORMANCE'
  /** 部门单位 / Budget unit */
  | 'UNIT'
  /** 上级财政（只读）/ Upper-level finance bureau, read-only */
  | 'UPPER_LEVEL';

/** 科室类型 / Kind of finance section */
export type SectionKind =
  /** 预算科 / Budget Section */
  | 'BUDGET'
  /** 业务科室 / Business section */
  | 'BUSINESS'
  /** 资金主管科室（社保科、企业科、债务科、乡财科）/ Fund-owning section */
  | 'FUND'
  /** 预算绩效评价科 / Performance Evaluation Section */
  | 'PERFORMANCE';

export type ViewerFieldsFragment = { id: string, username: string, displayName: string, role: Role, regionName: string, sectionName: string | null, unitName: string | null, agencyName: string | null, scopeDescription: string, readOnly: boolean };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, me: { id: string, username: string, displayName: string, role: Role, regionName: string, sectionName: string | null, unitName: string | null, agencyName: string | null, scopeDescription: string, readOnly: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, regionName: string, sectionName: string | null, unitName: string | null, agencyName: string | null, scopeDescription: string, readOnly: boolean } };

export type AgencyRatingFiguresFragment = { agencyId: string, agencyName: string, score: number, rating: string, quantity: number, quality: number, effect: number, satisfaction: number };

export type OverviewAgencyRatingsQueryVariables = Exact<{
  year: number;
}>;


export type OverviewAgencyRatingsQuery = { agencyRatings: Array<{ agencyId: string, agencyName: string, score: number, rating: string, quantity: number, quality: number, effect: number, satisfaction: number }> };

export type AggregateFiguresFragment = { projectCount: number, budget: string, executed: string, executionRate: number, keys: Array<{ dimension: AggregateDimension, key: string, label: string }> };

export type OverviewAggregateQueryVariables = Exact<{
  groupBy: Array<AggregateDimension> | AggregateDimension;
  filter?: AggregateFilter | null | undefined;
}>;


export type OverviewAggregateQuery = { projectAggregate: Array<{ projectCount: number, budget: string, executed: string, executionRate: number, keys: Array<{ dimension: AggregateDimension, key: string, label: string }> }> };

export type OverviewGradesInScopeQueryVariables = Exact<{
  year: number;
  fundFamily?: FundFamily | null | undefined;
  sectionId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type OverviewGradesInScopeQuery = { self: Array<{ projectCount: number, budget: string, executed: string, executionRate: number, keys: Array<{ dimension: AggregateDimension, key: string, label: string }> }>, department: Array<{ projectCount: number, budget: string, executed: string, executionRate: number, keys: Array<{ dimension: AggregateDimension, key: string, label: string }> }>, key: Array<{ projectCount: number, budget: string, executed: string, executionRate: number, keys: Array<{ dimension: AggregateDimension, key: string, label: string }> }> };

export type FlagFiguresFragment = { yellow: number, red: number, newYellow: number, escalatedToRed: number, closed: number };

export type OverviewFlagsQueryVariables = Exact<{
  year: number;
  firstMonth: number;
  secondMonth: number;
}>;


export type OverviewFlagsQuery = { first: { yellow: number, red: number, newYellow: number, escalatedToRed: number, closed: number }, second: { yellow: number, red: number, newYellow: number, escalatedToRed: number, closed: number } };

export type OverviewFlagRowsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: FlagFilter | null | undefined;
}>;


export type OverviewFlagRowsQuery = { flags: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, level: FlagLevel, closedOn: string | null, raisedAt: { year: number, month: number, periodEnd: string } | null, escalatedAt: { month: number, periodEnd: string } | null, project: { id: string, fundFamily: FundFamily, evaluations: Array<{ kind: EvaluationKind, grade: Grade | null }> } | null } }> } };

export type GradeFiguresFragment = { total: number, budget: string, findings: number, buckets: Array<{ grade: Grade, count: number, share: number }> };

export type OverviewGradesQueryVariables = Exact<{
  year: number;
}>;


export type OverviewGradesQuery = { self: { total: number, budget: string, findings: number, buckets: Array<{ grade: Grade, count: number, share: number }> }, department: { total: number, budget: string, findings: number, buckets: Array<{ grade: Grade, count: number, share: number }> }, key: { total: number, budget: string, findings: number, buckets: Array<{ grade: Grade, count: number, share: number }> }, unitWide: { total: number, budget: string, findings: number, buckets: Array<{ grade: Grade, count: number, share: number }> } };

export type OverviewTargetsQueryVariables = Exact<{
  year: number;
}>;


export type OverviewTargetsQuery = { targetSummary: { projectCount: number, budget: string, annualBudgetProjectCount: number, annualBudget: string } };

export type OverviewSectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewSectionsQuery = { sections: Array<{ id: string, name: string, kind: SectionKind }> };

export type OverviewCheckpointDatesQueryVariables = Exact<{
  year: number;
}>;


export type OverviewCheckpointDatesQuery = { checkpoints: Array<{ id: string, month: number, periodEnd: string, reportDue: string, scope: string, status: string }> };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDescription"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AgencyRatingFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyRatingFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyRatingRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<AgencyRatingFiguresFragment, unknown>;
export const AggregateFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"executed"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}}]}}]} as unknown as DocumentNode<AggregateFiguresFragment, unknown>;
export const FlagFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlagFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlagSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"newYellow"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToRed"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]} as unknown as DocumentNode<FlagFiguresFragment, unknown>;
export const GradeFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDistribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<GradeFiguresFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDescription"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"scopeDescription"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OverviewAgencyRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewAgencyRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyRatingFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyRatingFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyRatingRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<OverviewAgencyRatingsQuery, OverviewAgencyRatingsQueryVariables>;
export const OverviewAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"executed"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}}]}}]} as unknown as DocumentNode<OverviewAggregateQuery, OverviewAggregateQueryVariables>;
export const OverviewGradesInScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewGradesInScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundFamily"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundFamily"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"self"},"name":{"kind":"Name","value":"projectAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GRADE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fundFamily"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundFamily"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"evaluationKind"},"value":{"kind":"EnumValue","value":"SELF"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"projectAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GRADE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fundFamily"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundFamily"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"evaluationKind"},"value":{"kind":"EnumValue","value":"DEPARTMENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"key"},"name":{"kind":"Name","value":"projectAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GRADE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fundFamily"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundFamily"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"evaluationKind"},"value":{"kind":"EnumValue","value":"KEY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"executed"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}}]}}]} as unknown as DocumentNode<OverviewGradesInScopeQuery, OverviewGradesInScopeQueryVariables>;
export const OverviewFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secondMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"flagSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlagFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"flagSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secondMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlagFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlagFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlagSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"newYellow"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToRed"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]} as unknown as DocumentNode<OverviewFlagsQuery, OverviewFlagsQueryVariables>;
export const OverviewFlagRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewFlagRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundFamily"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewFlagRowsQuery, OverviewFlagRowsQueryVariables>;
export const OverviewGradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewGrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"self"},"name":{"kind":"Name","value":"gradeDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"SELF"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"gradeDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DEPARTMENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"key"},"name":{"kind":"Name","value":"gradeDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"KEY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unitWide"},"name":{"kind":"Name","value":"gradeDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"UNIT_WIDE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDistribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<OverviewGradesQuery, OverviewGradesQueryVariables>;
export const OverviewTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"annualBudgetProjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"annualBudget"}}]}}]}}]} as unknown as DocumentNode<OverviewTargetsQuery, OverviewTargetsQueryVariables>;
export const OverviewSectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewSections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OverviewSectionsQuery, OverviewSectionsQueryVariables>;
export const OverviewCheckpointDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewCheckpointDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OverviewCheckpointDatesQuery, OverviewCheckpointDatesQueryVariables>;