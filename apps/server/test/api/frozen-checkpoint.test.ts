import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §4: when a checkpoint is confirmed its figures are frozen. After May 2024 is confirmed, a late
// correction changes today's figures but not May's frozen ones, and the change is listed with who and when.

describe('frozen checkpoints', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const as = (user: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(ctx.graphqlUrl, query, variables, t[user]);
  const ok = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(user, query, variables);
    expect(res.errors, `${user}: ${JSON.stringify(res.errors)}\n${ctx.server.output().slice(-1500)}`).toBeUndefined();
    return res.data as any;
  };
  /** Refused with `code` (and `field` when given), the rows read by `probe` unchanged. */
  const refused = async (
    user: string,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field: string | null,
    probe: string,
  ) => {
    const before = (await db.query(probe)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
    if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
    expect((await db.query(probe)).rows).toEqual(before);
  };
  const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
  const yuan = (f: bigint) => `${f / 100n}.${(f % 100n).toString().padStart(2, '0')}`;

  const FIGURES = `query($frozen: Boolean) {
    executionSummary(year: 2024, month: 5, frozen: $frozen) { projectCount budget executed executionRate }
    byUnit: executionSummary(year: 2024, month: 5, groupBy: UNIT, frozen: $frozen) { key projectCount budget executed }
    flagSummary(year: 2024, month: 5, frozen: $frozen) { yellow red newYellow escalatedToRed closed } }`;
  const CHANGES = `query($id: ID!) { changesSince(checkpointId: $id, first: 50) { totalCount edges { node {
    at username action entity entityId projectId projectName before after } } } }`;
  const CORRECT = `mutation($id: ID!, $e: Decimal!, $r: String!, $v: Int!) {
    correctMonitoringReport(id: $id, executed: $e, reason: $r, version: $v) { status executed failed version } }`;
  const state: Record<string, any> = {};

  beforeAll(async () => {
    for (const u of ['pes', 'unit-jyj', 'sec-jkw', 'sec-xzzf', 'leader']) t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
  });

  it('the demo’s confirmed 2023 checkpoints were frozen as loaded: frozen and today’s figures agree', async () => {
    const q = `query($frozen: Boolean) {
      executionSummary(year: 2023, month: 8, groupBy: FUND_FAMILY, frozen: $frozen) { key projectCount budget executed }
      flagSummary(year: 2023, month: 8, frozen: $frozen) { yellow red newYellow escalatedToRed closed } }`;
    const live = await ok('leader', q, { frozen: false });
    expect(live.executionSummary.length).toBeGreaterThan(1);
    expect(await ok('leader', q, { frozen: true })).toEqual(live);
  });

  it('May 2024 is opened, reported and confirmed: its figures are frozen as confirmed', async () => {
    const { checkpoints } = await ok('pes', `{ checkpoints(year: 2024) { id month scope status version frozenAt } }`);
    const may = checkpoints.find((c: any) => c.month === 5 && c.scope === 'PROJECT');
    expect(may).toMatchObject({ status: 'PLANNED', frozenAt: null });
    state.may = may;
    const opened = (
      await ok('pes', `mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { version } }`, {
        id: may.id,
        v: may.version,
      })
    ).openCheckpoint;

    // 教育局 reports one project at 50% (on time: 50% ≥ 5/12), its section passes it, the performance section confirms.
    const { projects } = await ok(
      'unit-jyj',
      `{ projects(first: 50, filter: { year: 2024 }) { edges { node { id name budget budgetedOn indicators { id targetValue } } } } }`,
    );
    const project = projects.edges
      .map((e: any) => e.node)
      .find((p: any) => p.budgetedOn <= '2024-05-31' && p.indicators.length > 0);
    state.project = project;
    state.half = yuan(fen(project.budget) / 2n);
    state.tenth = yuan(fen(project.budget) / 10n);
    const submitted = (
      await ok(
        'unit-jyj',
        `mutation($input: MonitoringReportInput!) { submitMonitoringReport(input: $input) { id version } }`,
        {
          input: {
            checkpointId: may.id,
            projectId: project.id,
            executed: state.half,
            actuals: project.indicators.map((i: any) => ({ indicatorId: i.id, actualValue: i.targetValue })),
          },
        },
      )
    ).submitMonitoringReport;
    const reviewed = (
      await ok(
        'sec-jkw',
        `mutation($id: ID!, $v: Int!) { reviewMonitoringReport(id: $id, approve: true, comment: "", version: $v) { version } }`,
        { id: submitted.id, v: submitted.version },
      )
    ).reviewMonitoringReport;
    const confirmed = (
      await ok(
        'pes',
        `mutation($id: ID!, $v: Int!) { confirmMonitoringReport(id: $id, version: $v) { failed version } }`,
        { id: submitted.id, v: reviewed.version },
      )
    ).confirmMonitoringReport;
    expect(confirmed.failed).toBe(false);
    state.report = { id: submitted.id, version: confirmed.version };

    // Every other project due is recorded as not reported (a yellow flag each), then May is confirmed.
    const missing: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await ok(
          'pes',
          `query($a: String) { checkpoints(year: 2024) { id missingReports(first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
          { a: after },
        )
      ).checkpoints.find((c: any) => c.id === may.id).missingReports;
      missing.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const recorded = (
      await ok(
        'pes',
        `mutation($id: ID!, $p: [ID!]!, $v: Int!) { recordNotReported(checkpointId: $id, projectIds: $p, version: $v) { version } }`,
        { id: may.id, p: missing, v: opened.version },
      )
    ).recordNotReported;
    state.missing = missing.length;

    state.live = await ok('leader', FIGURES, { frozen: false });
    // Before confirmation nothing is frozen: the frozen figures count nothing.
    const none = await ok('leader', FIGURES, { frozen: true });
    expect(none.executionSummary).toEqual([{ projectCount: 0, budget: '0.00', executed: '0.00', executionRate: null }]);
    expect(none.flagSummary.yellow).toBe(0);

    const closed = (
      await ok('pes', `mutation($id: ID!, $v: Int!) { closeCheckpoint(id: $id, version: $v) { status frozenAt } }`, {
        id: may.id,
        v: recorded.version,
      })
    ).closeCheckpoint;
    expect(closed.status).toBe('CONFIRMED');
    expect(closed.frozenAt).not.toBeNull();
    state.frozenAt = closed.frozenAt;

    const frozen = await ok('leader', FIGURES, { frozen: true });
    expect(frozen).toEqual(state.live);
    expect(state.live.executionSummary[0].projectCount).toBe(missing.length + 1);
    expect(state.live.flagSummary).toMatchObject({ yellow: missing.length, newYellow: missing.length, red: 0 });
    // The confirmation's audit entry says what was frozen.
    const [entry] = (
      await db.query(
        `SELECT after FROM audit_log WHERE action = 'CONFIRM' AND entity = 'Checkpoint' ORDER BY id DESC LIMIT 1`,
      )
    ).rows;
    expect(entry.after.frozen.reports).toBe(missing.length + 1);
    expect(await ok('pes', CHANGES, { id: may.id })).toEqual({ changesSince: { totalCount: 0, edges: [] } });
  });

  it('a late correction is the performance section’s, with a reason, within the budget, on the version read', async () => {
    const probe = `SELECT executed::text, failed, version FROM monitoring_report ORDER BY id`;
    const v = {
      id: state.report.id,
      e: state.tenth,
      r: '国库数据核对后更正：5月底实际支付为预算的10%',
      v: state.report.version,
    };
    await refused('unit-jyj', CORRECT, v, 'FORBIDDEN', null, probe);
    await refused('pes', CORRECT, { ...v, r: '  ' }, 'BAD_USER_INPUT', 'reason', probe);
    await refused(
      'pes',
      CORRECT,
      { ...v, e: yuan(fen(state.project.budget) + 1n) },
      'BAD_USER_INPUT',
      'executed',
      probe,
    );
    await refused('pes', CORRECT, { ...v, e: state.half }, 'BAD_USER_INPUT', 'executed', probe);
    await refused('pes', CORRECT, { ...v, v: v.v - 1 }, 'CONFLICT', null, probe);
  });

  it('after the correction today’s figures move by exactly the correction; May’s frozen ones do not', async () => {
    const corrected = (
      await ok('pes', CORRECT, {
        id: state.report.id,
        e: state.tenth,
        r: '国库数据核对后更正：5月底实际支付为预算的10%',
        v: state.report.version,
      })
    ).correctMonitoringReport;
    // 10% < 5/12: the rules fail the corrected report and raise a yellow flag at May.
    expect(corrected).toMatchObject({ status: 'CONFIRMED', executed: state.tenth, failed: true });

    const live = await ok('leader', FIGURES, { frozen: false });
    const before = state.live.executionSummary[0];
    expect(live.executionSummary[0]).toMatchObject({
      projectCount: before.projectCount,
      budget: before.budget,
      executed: yuan(fen(before.executed) - fen(state.half) + fen(state.tenth)),
    });
    expect(live.flagSummary).toEqual({
      ...state.live.flagSummary,
      yellow: state.live.flagSummary.yellow + 1,
      newYellow: state.live.flagSummary.newYellow + 1,
    });
    const unitRow = (rows: any[]) => rows.find((r) => r.key === state.jyjKey);
    state.jyjKey = (await db.query(`SELECT id::text FROM unit WHERE code = 'jyj'`)).rows[0].id;
    expect(fen(unitRow(live.byUnit).executed)).toBe(
      fen(unitRow(state.live.byUnit).executed) - fen(state.half) + fen(state.tenth),
    );

    // May's frozen figures are what was confirmed, to the fen, in every grouping.
    expect(await ok('leader', FIGURES, { frozen: true })).toEqual(state.live);
  });

  it('the change is listed since the freeze: who, when, before and after; closing the new flag too', async () => {
    const { node } = await ok(
      'unit-jyj',
      `query($id: ID!) { node(id: $id) { ... on Project { flags { id level status version } } } }`,
      { id: state.project.id },
    );
    const flag = node.flags.find((f: any) => f.status === 'OPEN');
    expect(flag.level).toBe('YELLOW');
    const planned = (
      await ok(
        'unit-jyj',
        `mutation($id: ID!, $v: Int!) { setFlagPlan(id: $id, ownerName: "王芳", rectificationPlan: "按月调度资金拨付，6月底前完成合同付款", version: $v) { version } }`,
        { id: flag.id, v: flag.version },
      )
    ).setFlagPlan;
    const evidenced = (
      await ok(
        'unit-jyj',
        `mutation($id: ID!, $v: Int!) { addFlagEvidence(id: $id, evidence: "6月资金支付凭证", version: $v) { version } }`,
        { id: flag.id, v: planned.version },
      )
    ).addFlagEvidence;
    await ok('pes', `mutation($id: ID!, $v: Int!) { closeFlag(id: $id, version: $v) { status } }`, {
      id: flag.id,
      v: evidenced.version,
    });

    const { changesSince } = await ok('leader', CHANGES, { id: state.may.id });
    const changes = changesSince.edges.map((e: any) => e.node);
    expect(changesSince.totalCount).toBe(4);
    expect(changes.map((c: any) => [c.username, c.action, c.entity])).toEqual([
      ['pes', 'CORRECT', 'MonitoringReport'],
      ['unit-jyj', 'UPDATE', 'Flag'],
      ['unit-jyj', 'UPDATE', 'Flag'],
      ['pes', 'CLOSE', 'Flag'],
    ]);
    expect(changes[0]).toMatchObject({
      entityId: state.report.id,
      projectId: state.project.id,
      projectName: state.project.name,
      before: { executed: state.half, failed: false },
      after: {
        executed: state.tenth,
        failed: true,
        flagAction: 'RAISE_YELLOW',
        reason: expect.stringContaining('更正'),
      },
    });
    expect(changes[3]).toMatchObject({ entityId: flag.id, after: { status: 'CLOSED' } });
    for (const c of changes)
      expect(new Date(c.at).getTime()).toBeGreaterThanOrEqual(new Date(state.frozenAt).getTime());

    // A section that does not supervise 教育局 sees none of it; May's frozen figures still have not moved.
    expect((await ok('sec-xzzf', CHANGES, { id: state.may.id })).changesSince.totalCount).toBe(0);
    expect((await ok('sec-jkw', CHANGES, { id: state.may.id })).changesSince.totalCount).toBe(4);
    expect(await ok('leader', FIGURES, { frozen: true })).toEqual(state.live);
  });
});
