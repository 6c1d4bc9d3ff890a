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
});
