/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on Me {\n    id\n    username\n    displayName\n    role\n    regionName\n    sectionName\n    unitName\n    agencyName\n    scopeDescription\n    readOnly\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      me {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment AgencyRatingFigures on AgencyRatingRow {\n    agencyId\n    agencyName\n    score\n    rating\n    quantity\n    quality\n    effect\n    satisfaction\n  }\n": typeof types.AgencyRatingFiguresFragmentDoc,
    "\n  query OverviewAgencyRatings($year: Int!) {\n    agencyRatings(year: $year) {\n      ...AgencyRatingFigures\n    }\n  }\n": typeof types.OverviewAgencyRatingsDocument,
    "\n  fragment AggregateFigures on AggregateRow {\n    keys {\n      dimension\n      key\n      label\n    }\n    projectCount\n    budget\n    executed\n    executionRate\n  }\n": typeof types.AggregateFiguresFragmentDoc,
    "\n  query OverviewAggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {\n    projectAggregate(groupBy: $groupBy, filter: $filter) {\n      ...AggregateFigures\n    }\n  }\n": typeof types.OverviewAggregateDocument,
    "\n  query OverviewGradesInScope($year: Int!, $fundFamily: FundFamily, $sectionId: ID, $unitId: ID) {\n    self: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: SELF }\n    ) {\n      ...AggregateFigures\n    }\n    department: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: DEPARTMENT }\n    ) {\n      ...AggregateFigures\n    }\n    key: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: KEY }\n    ) {\n      ...AggregateFigures\n    }\n  }\n": typeof types.OverviewGradesInScopeDocument,
    "\n  fragment FlagFigures on FlagSummary {\n    yellow\n    red\n    newYellow\n    escalatedToRed\n    closed\n  }\n": typeof types.FlagFiguresFragmentDoc,
    "\n  query OverviewFlags($year: Int!, $firstMonth: Int!, $secondMonth: Int!) {\n    first: flagSummary(year: $year, month: $firstMonth) {\n      ...FlagFigures\n    }\n    second: flagSummary(year: $year, month: $secondMonth) {\n      ...FlagFigures\n    }\n  }\n": typeof types.OverviewFlagsDocument,
    "\n  query OverviewFlagRows($first: Int!, $after: String, $filter: FlagFilter) {\n    flags(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          level\n          closedOn\n          raisedAt {\n            year\n            month\n            periodEnd\n          }\n          escalatedAt {\n            month\n            periodEnd\n          }\n          project {\n            id\n            fundFamily\n            evaluations {\n              kind\n              grade\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverviewFlagRowsDocument,
    "\n  fragment GradeFigures on GradeDistribution {\n    total\n    budget\n    findings\n    buckets {\n      grade\n      count\n      share\n    }\n  }\n": typeof types.GradeFiguresFragmentDoc,
    "\n  query OverviewGrades($year: Int!) {\n    self: gradeDistribution(year: $year, kind: SELF) {\n      ...GradeFigures\n    }\n    department: gradeDistribution(year: $year, kind: DEPARTMENT) {\n      ...GradeFigures\n    }\n    key: gradeDistribution(year: $year, kind: KEY) {\n      ...GradeFigures\n    }\n    unitWide: gradeDistribution(year: $year, kind: UNIT_WIDE) {\n      ...GradeFigures\n    }\n  }\n": typeof types.OverviewGradesDocument,
    "\n  query OverviewTargets($year: Int!) {\n    targetSummary(year: $year) {\n      projectCount\n      budget\n      annualBudgetProjectCount\n      annualBudget\n    }\n  }\n": typeof types.OverviewTargetsDocument,
    "\n  query OverviewSections {\n    sections {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OverviewSectionsDocument,
    "\n  query OverviewCheckpointDates($year: Int!) {\n    checkpoints(year: $year) {\n      id\n      month\n      periodEnd\n      reportDue\n      scope\n      status\n    }\n  }\n": typeof types.OverviewCheckpointDatesDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Me {\n    id\n    username\n    displayName\n    role\n    regionName\n    sectionName\n    unitName\n    agencyName\n    scopeDescription\n    readOnly\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      me {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment AgencyRatingFigures on AgencyRatingRow {\n    agencyId\n    agencyName\n    score\n    rating\n    quantity\n    quality\n    effect\n    satisfaction\n  }\n": types.AgencyRatingFiguresFragmentDoc,
    "\n  query OverviewAgencyRatings($year: Int!) {\n    agencyRatings(year: $year) {\n      ...AgencyRatingFigures\n    }\n  }\n": types.OverviewAgencyRatingsDocument,
    "\n  fragment AggregateFigures on AggregateRow {\n    keys {\n      dimension\n      key\n      label\n    }\n    projectCount\n    budget\n    executed\n    executionRate\n  }\n": types.AggregateFiguresFragmentDoc,
    "\n  query OverviewAggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {\n    projectAggregate(groupBy: $groupBy, filter: $filter) {\n      ...AggregateFigures\n    }\n  }\n": types.OverviewAggregateDocument,
    "\n  query OverviewGradesInScope($year: Int!, $fundFamily: FundFamily, $sectionId: ID, $unitId: ID) {\n    self: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: SELF }\n    ) {\n      ...AggregateFigures\n    }\n    department: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: DEPARTMENT }\n    ) {\n      ...AggregateFigures\n    }\n    key: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: KEY }\n    ) {\n      ...AggregateFigures\n    }\n  }\n": types.OverviewGradesInScopeDocument,
    "\n  fragment FlagFigures on FlagSummary {\n    yellow\n    red\n    newYellow\n    escalatedToRed\n    closed\n  }\n": types.FlagFiguresFragmentDoc,
    "\n  query OverviewFlags($year: Int!, $firstMonth: Int!, $secondMonth: Int!) {\n    first: flagSummary(year: $year, month: $firstMonth) {\n      ...FlagFigures\n    }\n    second: flagSummary(year: $year, month: $secondMonth) {\n      ...FlagFigures\n    }\n  }\n": types.OverviewFlagsDocument,
    "\n  query OverviewFlagRows($first: Int!, $after: String, $filter: FlagFilter) {\n    flags(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          level\n          closedOn\n          raisedAt {\n            year\n            month\n            periodEnd\n          }\n          escalatedAt {\n            month\n            periodEnd\n          }\n          project {\n            id\n            fundFamily\n            evaluations {\n              kind\n              grade\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OverviewFlagRowsDocument,
    "\n  fragment GradeFigures on GradeDistribution {\n    total\n    budget\n    findings\n    buckets {\n      grade\n      count\n      share\n    }\n  }\n": types.GradeFiguresFragmentDoc,
    "\n  query OverviewGrades($year: Int!) {\n    self: gradeDistribution(year: $year, kind: SELF) {\n      ...GradeFigures\n    }\n    department: gradeDistribution(year: $year, kind: DEPARTMENT) {\n      ...GradeFigures\n    }\n    key: gradeDistribution(year: $year, kind: KEY) {\n      ...GradeFigures\n    }\n    unitWide: gradeDistribution(year: $year, kind: UNIT_WIDE) {\n      ...GradeFigures\n    }\n  }\n": types.OverviewGradesDocument,
    "\n  query OverviewTargets($year: Int!) {\n    targetSummary(year: $year) {\n      projectCount\n      budget\n      annualBudgetProjectCount\n      annualBudget\n    }\n  }\n": types.OverviewTargetsDocument,
    "\n  query OverviewSections {\n    sections {\n      id\n      name\n      kind\n    }\n  }\n": types.OverviewSectionsDocument,
    "\n  query OverviewCheckpointDates($year: Int!) {\n    checkpoints(year: $year) {\n      id\n      month\n      periodEnd\n      reportDue\n      scope\n      status\n    }\n  }\n": types.OverviewCheckpointDatesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Me {\n    id\n    username\n    displayName\n    role\n    regionName\n    sectionName\n    unitName\n    agencyName\n    scopeDescription\n    readOnly\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Me {\n    id\n    username\n    displayName\n    role\n    regionName\n    sectionName\n    unitName\n    agencyName\n    scopeDescription\n    readOnly\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      me {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      me {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyRatingFigures on AgencyRatingRow {\n    agencyId\n    agencyName\n    score\n    rating\n    quantity\n    quality\n    effect\n    satisfaction\n  }\n"): (typeof documents)["\n  fragment AgencyRatingFigures on AgencyRatingRow {\n    agencyId\n    agencyName\n    score\n    rating\n    quantity\n    quality\n    effect\n    satisfaction\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAgencyRatings($year: Int!) {\n    agencyRatings(year: $year) {\n      ...AgencyRatingFigures\n    }\n  }\n"): (typeof documents)["\n  query OverviewAgencyRatings($year: Int!) {\n    agencyRatings(year: $year) {\n      ...AgencyRatingFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AggregateFigures on AggregateRow {\n    keys {\n      dimension\n      key\n      label\n    }\n    projectCount\n    budget\n    executed\n    executionRate\n  }\n"): (typeof documents)["\n  fragment AggregateFigures on AggregateRow {\n    keys {\n      dimension\n      key\n      label\n    }\n    projectCount\n    budget\n    executed\n    executionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {\n    projectAggregate(groupBy: $groupBy, filter: $filter) {\n      ...AggregateFigures\n    }\n  }\n"): (typeof documents)["\n  query OverviewAggregate($groupBy: [AggregateDimension!]!, $filter: AggregateFilter) {\n    projectAggregate(groupBy: $groupBy, filter: $filter) {\n      ...AggregateFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewGradesInScope($year: Int!, $fundFamily: FundFamily, $sectionId: ID, $unitId: ID) {\n    self: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: SELF }\n    ) {\n      ...AggregateFigures\n    }\n    department: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: DEPARTMENT }\n    ) {\n      ...AggregateFigures\n    }\n    key: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: KEY }\n    ) {\n      ...AggregateFigures\n    }\n  }\n"): (typeof documents)["\n  query OverviewGradesInScope($year: Int!, $fundFamily: FundFamily, $sectionId: ID, $unitId: ID) {\n    self: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: SELF }\n    ) {\n      ...AggregateFigures\n    }\n    department: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: DEPARTMENT }\n    ) {\n      ...AggregateFigures\n    }\n    key: projectAggregate(\n      groupBy: [GRADE]\n      filter: { year: $year, fundFamily: $fundFamily, sectionId: $sectionId, unitId: $unitId, evaluationKind: KEY }\n    ) {\n      ...AggregateFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlagFigures on FlagSummary {\n    yellow\n    red\n    newYellow\n    escalatedToRed\n    closed\n  }\n"): (typeof documents)["\n  fragment FlagFigures on FlagSummary {\n    yellow\n    red\n    newYellow\n    escalatedToRed\n    closed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewFlags($year: Int!, $firstMonth: Int!, $secondMonth: Int!) {\n    first: flagSummary(year: $year, month: $firstMonth) {\n      ...FlagFigures\n    }\n    second: flagSummary(year: $year, month: $secondMonth) {\n      ...FlagFigures\n    }\n  }\n"): (typeof documents)["\n  query OverviewFlags($year: Int!, $firstMonth: Int!, $secondMonth: Int!) {\n    first: flagSummary(year: $year, month: $firstMonth) {\n      ...FlagFigures\n    }\n    second: flagSummary(year: $year, month: $secondMonth) {\n      ...FlagFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewFlagRows($first: Int!, $after: String, $filter: FlagFilter) {\n    flags(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          level\n          closedOn\n          raisedAt {\n            year\n            month\n            periodEnd\n          }\n          escalatedAt {\n            month\n            periodEnd\n          }\n          project {\n            id\n            fundFamily\n            evaluations {\n              kind\n              grade\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewFlagRows($first: Int!, $after: String, $filter: FlagFilter) {\n    flags(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          level\n          closedOn\n          raisedAt {\n            year\n            month\n            periodEnd\n          }\n          escalatedAt {\n            month\n            periodEnd\n          }\n          project {\n            id\n            fundFamily\n            evaluations {\n              kind\n              grade\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GradeFigures on GradeDistribution {\n    total\n    budget\n    findings\n    buckets {\n      grade\n      count\n      share\n    }\n  }\n"): (typeof documents)["\n  fragment GradeFigures on GradeDistribution {\n    total\n    budget\n    findings\n    buckets {\n      grade\n      count\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewGrades($year: Int!) {\n    self: gradeDistribution(year: $year, kind: SELF) {\n      ...GradeFigures\n    }\n    department: gradeDistribution(year: $year, kind: DEPARTMENT) {\n      ...GradeFigures\n    }\n    key: gradeDistribution(year: $year, kind: KEY) {\n      ...GradeFigures\n    }\n    unitWide: gradeDistribution(year: $year, kind: UNIT_WIDE) {\n      ...GradeFigures\n    }\n  }\n"): (typeof documents)["\n  query OverviewGrades($year: Int!) {\n    self: gradeDistribution(year: $year, kind: SELF) {\n      ...GradeFigures\n    }\n    department: gradeDistribution(year: $year, kind: DEPARTMENT) {\n      ...GradeFigures\n    }\n    key: gradeDistribution(year: $year, kind: KEY) {\n      ...GradeFigures\n    }\n    unitWide: gradeDistribution(year: $year, kind: UNIT_WIDE) {\n      ...GradeFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewTargets($year: Int!) {\n    targetSummary(year: $year) {\n      projectCount\n      budget\n      annualBudgetProjectCount\n      annualBudget\n    }\n  }\n"): (typeof documents)["\n  query OverviewTargets($year: Int!) {\n    targetSummary(year: $year) {\n      projectCount\n      budget\n      annualBudgetProjectCount\n      annualBudget\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewSections {\n    sections {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query OverviewSections {\n    sections {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewCheckpointDates($year: Int!) {\n    checkpoints(year: $year) {\n      id\n      month\n      periodEnd\n      reportDue\n      scope\n      status\n    }\n  }\n"): (typeof documents)["\n  query OverviewCheckpointDates($year: Int!) {\n    checkpoints(year: $year) {\n      id\n      month\n      periodEnd\n      reportDue\n      scope\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;