import { beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// A variable that fails its type is named by the argument the person filled (`input.executed`, `acceptedCut`),
// in Chinese and English with extensions.field, like every other input error — not by the client's variable.

type Err = { message: string; extensions: { code: string; field?: string } };

describe('bad variables are named by their argument', () => {
  const ctx = useServer();
  let token = '';
  beforeAll(async () => {
    token = await login(ctx.graphqlUrl, 'pes');
  });

  const REPORT = `mutation($in: MonitoringReportInput!) { submitMonitoringReport(input: $in) { id } }`;
  const report = (executed: unknown) => ({
    in: { projectId: 'UHJvamVjdDox', checkpointId: 'TW9uaXRvcmluZ0NoZWNrcG9pbnQ6MQ', executed, actuals: [] },
  });

  it.each([
    ['three decimals', '1.234'],
    ['a number, not a string', 1234.5],
    ['text', '一千元'],
  ])('an amount with %s in an input object names input.executed', async (_, executed) => {
    const res = await gql(ctx.graphqlUrl, REPORT, report(executed), token);
    expect(res.data).toBeUndefined();
    const [e] = res.errors as Err[];
    expect(e!.extensions.code).toBe('BAD_USER_INPUT');
    expect(e!.extensions.field).toBe('input.executed');
    expect(e!.message).toMatch(/^input\.executed：须为最多两位小数的金额/);
    expect(e!.message).toContain('input.executed: must be an amount in yuan');
    expect(e!.message).not.toContain('$in');
  });

  it('a direct argument is named as it is', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `mutation($cut: Decimal!, $id: ID!) { decideCut(id: $id, acceptedCut: $cut, version: 1) { id } }`,
      { cut: '12.345', id: 'UmVzdWx0QXBwbGljYXRpb246MQ' },
      token,
    );
    const [e] = res.errors as Err[];
    expect(e, JSON.stringify(res.errors)).toBeDefined();
    expect(e!.extensions.field, e!.message).toBe('acceptedCut');
    expect(e!.message).toMatch(/^acceptedCut：/);
  });

  it('an error that is not about a value keeps its own message', async () => {
    const res = await gql(ctx.graphqlUrl, REPORT, { in: { ...report('1.00').in, projectId: undefined } }, token);
    const [e] = res.errors as Err[];
    expect(e!.extensions.code).toBe('BAD_USER_INPUT');
    expect(e!.message).toMatch(/projectId/);
  });

  // Every field error of a list argument names the item (`indicators[1].weight`, not `weight`), every bad item
  // at once, in Chinese and English; an input object's field is named from its argument (`input.outputCompletion`).
  describe('field errors name the item of a list and the argument', () => {
    let unit = '';
    beforeAll(async () => {
      unit = await login(ctx.graphqlUrl, 'unit-jyj');
    });

    const SAVE = `mutation($p: ID!, $ind: [IndicatorDraftInput!]!) { saveTargets(projectId: $p, indicators: $ind, version: 1) { id } }`;
    const indicator = (weight: unknown, name = '培训人次') => ({
      level1: 'OUTPUT',
      level2: '数量指标',
      name,
      comparator: 'GE',
      targetValue: '100',
      unitOfMeasure: '人次',
      weight,
    });

    it('a weight out of range in the second indicator is indicators[1].weight', async () => {
      const res = await gql(ctx.graphqlUrl, SAVE, { p: 'UHJvamVjdDox', ind: [indicator(50), indicator(150)] }, unit);
      const [e] = res.errors as (Err & { extensions: { fields: { field: string; zh: string; en: string }[] } })[];
      expect(e!.extensions.code).toBe('BAD_USER_INPUT');
      expect(e!.extensions.field).toBe('indicators[1].weight');
      expect(e!.extensions.fields).toEqual([
        { field: 'indicators[1].weight', zh: '不能大于100', en: 'must not be greater than 100' },
      ]);
      expect(e!.message).toBe('indicators[1].weight：不能大于100 / indicators[1].weight: must not be greater than 100');
    });

    it('every bad item is named, not only the first', async () => {
      const res = await gql(
        ctx.graphqlUrl,
        SAVE,
        { p: 'UHJvamVjdDox', ind: [indicator(-1), indicator(50), indicator(30), indicator(20.125)] },
        unit,
      );
      const [e] = res.errors as (Err & { extensions: { fields: { field: string }[] } })[];
      expect(e!.extensions.fields.map((f) => f.field).sort()).toEqual(['indicators[0].weight', 'indicators[3].weight']);
    });

    it('every text over its limit is named too, item by item (the length check runs before the others)', async () => {
      const res = await gql(
        ctx.graphqlUrl,
        SAVE,
        { p: 'UHJvamVjdDox', ind: [indicator(50, '长'.repeat(201)), indicator(30), indicator(20, '长'.repeat(300))] },
        unit,
      );
      const [e] = res.errors as (Err & { extensions: { fields: { field: string }[] } })[];
      expect(e!.extensions.code).toBe('BAD_USER_INPUT');
      expect(e!.extensions.field).toBe('indicators[0].name');
      expect(e!.extensions.fields.map((f) => f.field)).toEqual(['indicators[0].name', 'indicators[2].name']);
    });

    it('a value of the wrong type inside a list variable names the argument and the item', async () => {
      const res = await gql(ctx.graphqlUrl, SAVE, { p: 'UHJvamVjdDox', ind: [indicator(50), indicator('五十')] }, unit);
      const [e] = res.errors as Err[];
      expect(e!.extensions.code).toBe('BAD_USER_INPUT');
      expect(e!.extensions.field).toBe('indicators[1].weight');
      expect(e!.message).toMatch(/^indicators\[1\]\.weight：/);
      expect(e!.message).not.toContain('$ind');
    });

    it("an input object's field is named from its argument", async () => {
      const res = await gql(
        ctx.graphqlUrl,
        `mutation($in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: "UHJvamVjdDox", input: $in) { id } }`,
        { in: { executed: '1.00', outputCompletion: 120, benefitCompletion: 90, satisfactionCompletion: 90 } },
        unit,
      );
      const [e] = res.errors as Err[];
      expect(e!.extensions.field).toBe('input.outputCompletion');
      expect(e!.message).toBe(
        'input.outputCompletion：不能大于100 / input.outputCompletion: must not be greater than 100',
      );
    });

    it('a nested list item is named by its whole path', async () => {
      const res = await gql(
        ctx.graphqlUrl,
        REPORT,
        {
          in: {
            projectId: 'UHJvamVjdDox',
            checkpointId: 'Q2hlY2twb2ludDox',
            executed: '1.00',
            actuals: [{ indicatorId: 'SW5kaWNhdG9yOjE', actualValue: '1'.repeat(31) }],
          },
        },
        unit,
      );
      const [e] = res.errors as Err[];
      expect(e!.extensions.field).toBe('input.actuals[0].actualValue');
    });
  });
});
