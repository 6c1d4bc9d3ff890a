import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, type GraphQLEnumType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../config.js';
import { printAppSchema } from '../schema.js';

describe('packages/schema/schema.graphql', () => {
  it('is exactly what the server code emits (run `npm run schema:emit -w @jixiao/server` after changing the API)', async () => {
    const committed = readFileSync(resolve(REPO_DIR, 'packages/schema/schema.graphql'), 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('keeps the analytics contract that BI tools depend on', async () => {
    const schema = buildSchema(readFileSync(resolve(REPO_DIR, 'packages/schema/schema.graphql'), 'utf8'));
    const query = schema.getQueryType()!.getFields();
    // Arguments added since the contract are fine as long as they are optional (BI queries keep working).
    const CONTRACT_ARGS = new Set(['year', 'month', 'groupBy', 'kind']);
    const signature = (name: string) => {
      const f = query[name]!;
      for (const extra of f.args.filter((a) => !CONTRACT_ARGS.has(a.name)))
        expect(String(extra.type)).not.toMatch(/!$/);
      const args = f.args
        .filter((a) => CONTRACT_ARGS.has(a.name))
        .map(
          (a) => `${a.name}: ${String(a.type)}${a.defaultValue !== undefined ? ` = ${String(a.defaultValue)}` : ''}`,
        );
      return `${name}(${args.sort().join(', ')}): ${String(f.type)}`;
    };
    expect(signature('targetSummary')).toBe('targetSummary(year: Int!): TargetSummary!');
    expect(signature('executionSummary')).toBe(
      'executionSummary(groupBy: ExecutionGroupBy = TOTAL, month: Int!, year: Int!): [ExecutionRow!]!',
    );
    expect(signature('flagSummary')).toBe('flagSummary(month: Int!, year: Int!): FlagSummary!');
    expect(signature('gradeDistribution')).toBe(
      'gradeDistribution(kind: EvaluationKind!, year: Int!): GradeDistribution!',
    );
    expect(signature('agencyRatings')).toBe('agencyRatings(year: Int!): [AgencyRatingRow!]!');
    const fields = (type: string) =>
      Object.entries((schema.getType(type) as GraphQLObjectType).getFields()).map(
        ([n, f]) => `${n}: ${String(f.type)}`,
      );
    expect(fields('ExecutionRow')).toEqual(
      expect.arrayContaining([
        'key: String!',
        'label: String!',
        'projectCount: Int!',
        'budget: Decimal!',
        'executed: Decimal!',
        // Nullable since issue 10: null when the budget is zero (not applicable).
        'executionRate: Float',
      ]),
    );
    expect(fields('FlagSummary')).toEqual(
      expect.arrayContaining(['yellow: Int!', 'red: Int!', 'newYellow: Int!', 'escalatedToRed: Int!', 'closed: Int!']),
    );
    expect(fields('GradeDistribution')).toEqual(
      expect.arrayContaining(['total: Int!', 'budget: Decimal!', 'findings: Int!', 'buckets: [GradeBucket!]!']),
    );
    expect(fields('GradeBucket')).toEqual(expect.arrayContaining(['grade: Grade!', 'count: Int!', 'share: Float!']));
    expect(fields('AgencyRatingRow')).toEqual(
      expect.arrayContaining([
        'agencyId: ID!',
        'agencyName: String!',
        'score: Float!',
        'rating: String!',
        'quantity: Float!',
        'quality: Float!',
        'effect: Float!',
        'satisfaction: Float!',
      ]),
    );
    expect(fields('TargetSummary')).toEqual(
      expect.arrayContaining([
        'projectCount: Int!',
        'budget: Decimal!',
        'annualBudgetProjectCount: Int!',
        'annualBudget: Decimal!',
        'exAnteProjectCount: Int!',
        'exAnteBudget: Decimal!',
      ]),
    );
    // The committed SDL is sorted, so compare the sets of values.
    const values = (type: string) =>
      (schema.getType(type) as GraphQLEnumType)
        .getValues()
        .map((v) => v.name)
        .sort();
    expect(values('FundFamily')).toEqual(
      [
        'GENERAL_PUBLIC',
        'GOVERNMENT_FUND',
        'STATE_CAPITAL',
        'SOCIAL_INSURANCE',
        'SPECIAL_BOND',
        'RURAL_REVITALIZATION',
        'TRANSFER_PAYMENT',
      ].sort(),
    );
    expect(values('Grade')).toEqual(['EXCELLENT', 'GOOD', 'MEDIUM', 'POOR'].sort());
    expect(values('EvaluationKind')).toEqual(['SELF', 'DEPARTMENT', 'KEY', 'UNIT_WIDE'].sort());
    expect(values('ExecutionGroupBy')).toEqual(['TOTAL', 'FUND_FAMILY', 'SECTION', 'UNIT'].sort());
  });
});
