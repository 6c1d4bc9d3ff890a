import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { DecimalScalar } from './decimal.scalar.js';
import './enums.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AnalyticsResolver } from '../modules/analytics/analytics.resolver.js';
import { HealthResolver } from './health.resolver.js';
import { RuleSetResolver } from '../modules/rule-set/rule-set.resolver.js';
import { GRAPH_RESOLVERS } from '../modules/graph/graph.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver.js';

export const RESOLVERS = [HealthResolver, AuthResolver, AnalyticsResolver, RuleSetResolver, AuditResolver, ApiTokenResolver, ...GRAPH_RESOLVERS] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL committed as packages/schema/schema.graphql, sorted so diffs are stable. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export { DecimalScalar };
