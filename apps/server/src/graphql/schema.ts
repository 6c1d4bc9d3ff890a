import 'reflect-metadata';
import {
  isAbstractType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { applyArgumentRules } from './argument-rules.js';
import { authChecker } from './auth-checker.js';
import { validateArgument } from './validate-args.js';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTimeISOScalar } from './scalars.js';
import './enums.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AnalyticsResolver } from '../modules/analytics/analytics.resolver.js';
import { RankingsResolver } from '../modules/analytics/rankings.resolver.js';
import { CountyComparisonResolver } from '../modules/analytics/county-comparison.resolver.js';
import { HealthResolver } from './health.resolver.js';
import { RuleSetResolver } from '../modules/rule-set/rule-set.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver.js';
import { MonitoringResolver } from '../modules/monitoring/monitoring.resolver.js';
import { FlagResolver } from '../modules/flag/flag.resolver.js';
import {
  FundRecallResolver,
  ProjectSupervisionResolver,
  SupervisionResolver,
} from '../modules/supervision/supervision.resolver.js';
import { AgencyCheckResolver } from '../modules/agency-check/agency-check.resolver.js';
import {
  EvaluationFundReviewResolver,
  FundReviewResolver,
  ProjectFundReviewResolver,
  ReportFundReviewResolver,
} from '../modules/fund-review/fund-review.resolver.js';
import { TargetsResolver } from '../modules/targets/targets.resolver.js';
import { UnitWideResolver } from '../modules/unit-wide/unit-wide.resolver.js';
import { ExAnteResolver } from '../modules/ex-ante/ex-ante.resolver.js';
import { EvaluationResolver } from '../modules/evaluation/evaluation.resolver.js';
import { AgencyRatingResolver } from '../modules/agency/agency-rating.resolver.js';
import { DisclosureResolver } from '../modules/disclosure/disclosure.resolver.js';
import { CalendarResolver, YearInfoResolver } from '../modules/calendar/calendar.resolver.js';
import { IndicatorLibraryResolver } from '../modules/indicator/indicator-library.resolver.js';
import { TransferPaymentResolver } from '../modules/transfer-payment/transfer-payment.resolver.js';
import { ImportResolver } from '../modules/import/import.resolver.js';
import { AgencyRatingFieldsResolver, AgencyResolver } from '../modules/agency/agency.resolver.js';
import { AuthenticityResolver } from '../modules/authenticity/authenticity.resolver.js';
import { EvaluationVersionFieldsResolver, FindingFieldsResolver } from '../modules/evaluation/evaluation.resolver.js';
import { ExAnteFieldsResolver } from '../modules/ex-ante/ex-ante.resolver.js';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver.js';
import { CheckpointResolver } from '../modules/monitoring/checkpoint.resolver.js';
import { IndicatorActualFieldsResolver, ReportFieldsResolver } from '../modules/monitoring/report.resolver.js';
import { ProjectConnectionResolver, ProjectResolver } from '../modules/project/project.resolver.js';
import { ResultApplicationResolver } from '../modules/result-application/result-application.resolver.js';
import { YearResolver } from '../modules/year/year.resolver.js';
import { SectionResolver } from '../modules/section/section.resolver.js';
import { TargetAdjustmentFieldsResolver } from '../modules/targets/targets.resolver.js';
import { UnitResolver } from '../modules/unit/unit.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { QuarterlyReportResolver } from '../modules/quarterly-report/quarterly-report.resolver.js';
import { GovernmentEvaluationResolver } from '../modules/government-evaluation/government-evaluation.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { ExpertResolver } from '../modules/expert/expert.resolver.js';
import { OrganisationResolver } from '../modules/organisation/index.js';
import { ReportTemplateResolver } from '../modules/reporting/report-template.resolver.js';

export const RESOLVERS = [
  HealthResolver,
  AuthResolver,
  AnalyticsResolver,
  RankingsResolver,
  CountyComparisonResolver,
  RuleSetResolver,
  AuditResolver,
  ApiTokenResolver,
  MonitoringResolver,
  FlagResolver,
  SupervisionResolver,
  AgencyCheckResolver,
  FundRecallResolver,
  ProjectSupervisionResolver,
  FundReviewResolver,
  ProjectFundReviewResolver,
  ReportFundReviewResolver,
  EvaluationFundReviewResolver,
  QuarterlyReportResolver,
  GovernmentEvaluationResolver,
  TargetsResolver,
  UnitWideResolver,
  ExAnteResolver,
  EvaluationResolver,
  AgencyRatingResolver,
  DisclosureResolver,
  CalendarResolver,
  YearInfoResolver,
  IndicatorLibraryResolver,
  TransferPaymentResolver,
  ImportResolver,

  NodeResolver,
  ProjectResolver,
  ProjectConnectionResolver,
  UnitResolver,
  SectionResolver,
  AgencyResolver,
  AgencyRatingFieldsResolver,
  CheckpointResolver,
  ReportFieldsResolver,
  IndicatorActualFieldsResolver,
  IndicatorResolver,
  FindingFieldsResolver,
  EvaluationVersionFieldsResolver,
  ExAnteFieldsResolver,
  TargetAdjustmentFieldsResolver,
  ResultApplicationResolver,
  YearResolver,
  AuthenticityResolver,
  UserResolver,
  ExpertResolver,
  OrganisationResolver,
  ReportTemplateResolver,
] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    // Every bad item of a list argument, named by its path (`indicators[1].weight`), not the first one's property.
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeISOScalar }],
  });
  // type-graphql has no option for the root types' descriptions: set them on the schema it built.
  schema.getQueryType()!.description = '查询根类型：所有读取操作 / The root of all queries (every read)';
  schema.getMutationType()!.description = '变更根类型：所有写入操作 / The root of all mutations (every write)';
  // Lengths of text, ids and years checked before any resolver, from what the schema states.
  applyArgumentRules(schema);
  plainFieldsReadDirectly(schema);
  // type-graphql wraps an interface's resolveType in an async function; graphql-jit (jit-executor.ts) needs it
  // synchronous. Node, the only abstract type, resolves by `__typename` (node.ts): say so without the wrapper.
  for (const type of Object.values(schema.getTypeMap()))
    if (isAbstractType(type)) type.resolveType = (value) => (value as { __typename?: string }).__typename;
  return schema;
}

/**
 * type-graphql gives every plain `@Field` (a property, no resolver method) a resolver of its own that builds a
 * middleware chain around `root[name]`: per field and per row, an allocation and a call (most of a 240-row
 * page's garbage). Where that chain is empty — no roles, no middlewares, the schema name the property's —
 * the field reads the property directly, as graphql-js's and graphql-jit's default resolver do.
 */
function plainFieldsReadDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  let n = 0;
  for (const objectType of [...storage.objectTypes, ...storage.interfaceTypes]) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const fields = type.getFields();
    for (const f of objectType.fields ?? []) {
      const field = fields[f.schemaName];
      if (!field?.resolve || f.name !== f.schemaName || f.roles?.length || f.middlewares?.length) continue;
      if (storage.fieldResolvers.some((r) => r.methodName === f.name && r.getObjectType?.() === f.target)) continue;
      field.resolve = undefined;
      n++;
    }
  }
  return n;
}

/** The SDL committed as packages/schema/schema.graphql, sorted so diffs are stable. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export { DecimalScalar };
