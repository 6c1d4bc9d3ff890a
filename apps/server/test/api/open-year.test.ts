import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 11 §3 on the demo county: the performance section opens a year (rules copied, checkpoints and the
// calendar made from them), adjusts its dates before they come; checkpoints open in order and close only
// when every due project reported or was recorded as not reported; recurring projects carry over.

describe('every year, not just the demo’s', () => {
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
    return res.errors![0]!;
  };
  const CHECKPOINTS = `query($y: Int!) { checkpoints(year: $y) { id month scope periodEnd reportDue status version } }`;
  const PROBE_2025 = `SELECT c.month, c.scope, c.period_end::text, c.report_due::text, c.status, c.version,
      (SELECT count(*) FROM calendar_deadline d WHERE d.year = 2025) AS deadlines,
      (SELECT string_agg(d.due_on::text, ',' ORDER BY d.id) FROM calendar_deadline d WHERE d.year = 2025) AS dates,
      (SELECT count(*) FROM rule_set WHERE year = 2025) AS rules
    FROM monitoring_checkpoint c WHERE c.year = 2025 ORDER BY c.period_end, c.scope`;

  beforeAll(async () => {
    for (const u of ['pes', 'unit-jyj', 'budget', 'leader']) t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
  });

  it('opens 2025: the rules of 2024 copied, the checkpoints and the calendar made from them, audited', async () => {
    await refused('unit-jyj', `mutation { openYear(year: 2025) { year } }`, {}, 'FORBIDDEN', null, PROBE_2025);
    const rules2024 = (await ok('pes', `{ ruleSet(year: 2024) { rules } }`)).ruleSet.rules;
    const opened = (await ok('pes', `mutation { openYear(year: 2025) { year checkpoints deadlines } }`)).openYear;
    expect(opened).toEqual({ year: 2025, checkpoints: 3, deadlines: 11 });
    expect((await ok('pes', `{ ruleSet(year: 2025) { stored rules } }`)).ruleSet).toEqual({
      stored: true,
      rules: rules2024,
    });
    const { checkpoints } = await ok('pes', CHECKPOINTS, { y: 2025 });
    expect(
      checkpoints.map(({ month, scope, periodEnd, reportDue, status }: any) => ({
        month,
        scope,
        periodEnd,
        reportDue,
        status,
      })),
    ).toEqual([
      { month: 5, scope: 'PROJECT', periodEnd: '2025-05-31', reportDue: '2025-06-10', status: 'PLANNED' },
      { month: 6, scope: 'UNIT_WIDE', periodEnd: '2025-06-30', reportDue: '2025-07-10', status: 'PLANNED' },
      { month: 8, scope: 'PROJECT', periodEnd: '2025-08-31', reportDue: '2025-09-10', status: 'PLANNED' },
    ]);
    // Leadership sees every deadline of the year.
    const { deadlines } = await ok('leader', `{ deadlines(year: 2025) { id dueOn kind } }`);
    expect(deadlines.map((d: any) => d.kind)).toEqual(
      expect.arrayContaining([
        'SELF_EVALUATION',
        'AUTHENTICITY',
        'DISCLOSURE_CHECK',
        'CHECKPOINT',
        'REPORTS_DUE',
        'KEY_EVALUATION',
      ]),
    );
    expect(deadlines.filter((d: any) => d.id !== null)).toHaveLength(
      deadlines.filter(
        (d: any) => !['CHECKPOINT', 'REPORTS_DUE', 'UNIT_WIDE_MONITORING', 'KEY_EVALUATION'].includes(d.kind),
      ).length,
    );
    const [audit] = (
      await db.query(
        `SELECT after FROM audit_log WHERE action = 'OPEN_YEAR' AND entity = 'Year' AND entity_id = '2025'`,
      )
    ).rows;
    expect(audit.after).toMatchObject({ year: 2025, rulesCopiedFrom: expect.anything() });
    expect(audit.after.checkpoints).toHaveLength(3);
    const again = await refused(
      'pes',
      `mutation { openYear(year: 2025) { year } }`,
      {},
      'INVALID_TRANSITION',
      'year',
      PROBE_2025,
    );
    expect(again.message).toMatch(/2025年度已开启.*2025 is already open/s);
  });

  it('a year’s rules changed before it opens are the ones the next year copies', async () => {
    const rules = (await ok('pes', `{ ruleSet(year: 2025) { rules } }`)).ruleSet.rules;
    const changed = { ...rules, monitoring: { ...rules.monitoring, rectificationDays: 21 } };
    await ok('pes', `mutation($r: JSONObject!) { setRuleSet(year: 2025, rules: $r) { year } }`, { r: changed });
    await ok('pes', `mutation { openYear(year: 2026) { year } }`);
    expect((await ok('pes', `{ ruleSet(year: 2026) { rules } }`)).ruleSet.rules.monitoring.rectificationDays).toBe(21);
  });

  it('moves a checkpoint’s dates and a deadline before they come; bad dates are named, stale versions conflict', async () => {
    const { checkpoints } = await ok('pes', CHECKPOINTS, { y: 2025 });
    const may = checkpoints.find((c: any) => c.month === 5);
    const SET = `mutation($id: ID!, $e: String!, $d: String!, $v: Int!) { setCheckpointDates(id: $id, periodEnd: $e, reportDue: $d, version: $v) { periodEnd reportDue version } }`;
    await refused(
      'pes',
      SET,
      { id: may.id, e: '2025-09-01', d: '2025-09-15', v: may.version },
      'BAD_USER_INPUT',
      'periodEnd',
      PROBE_2025,
    );
    await refused(
      'pes',
      SET,
      { id: may.id, e: '2025-05-31', d: '2025-05-30', v: may.version },
      'BAD_USER_INPUT',
      'reportDue',
      PROBE_2025,
    );
    await refused(
      'pes',
      SET,
      { id: may.id, e: '2026-05-31', d: '2026-06-10', v: may.version },
      'BAD_USER_INPUT',
      'periodEnd',
      PROBE_2025,
    );
    await refused(
      'pes',
      SET,
      { id: may.id, e: '2025-05-31', d: '2025-06-13', v: may.version + 1 },
      'CONFLICT',
      null,
      PROBE_2025,
    );
    const moved = (await ok('pes', SET, { id: may.id, e: '2025-05-31', d: '2025-06-13', v: may.version }))
      .setCheckpointDates;
    expect(moved).toEqual({ periodEnd: '2025-05-31', reportDue: '2025-06-13', version: may.version + 1 });
    const { deadlines } = await ok('leader', `{ deadlines(year: 2025) { id dueOn kind } }`);
    expect(deadlines.filter((d: any) => d.kind === 'REPORTS_DUE').map((d: any) => d.dueOn)).toContain('2025-06-13');
    const self = deadlines.find((d: any) => d.kind === 'SELF_EVALUATION');
    const MOVE = `mutation($id: ID!, $d: String!) { setDeadlineDate(id: $id, dueOn: $d) }`;
    await refused('pes', MOVE, { id: self.id, d: '2026-03-20' }, 'BAD_USER_INPUT', 'dueOn', PROBE_2025);
    await refused('pes', MOVE, { id: self.id, d: '2025-02-30' }, 'BAD_USER_INPUT', 'dueOn', PROBE_2025);
    await refused('unit-jyj', MOVE, { id: self.id, d: '2025-03-25' }, 'FORBIDDEN', null, PROBE_2025);
    expect((await ok('pes', MOVE, { id: self.id, d: '2025-03-25' })).setDeadlineDate).toBe('2025-03-25');
    const after = (await ok('leader', `{ deadlines(year: 2025) { id dueOn } }`)).deadlines.find(
      (d: any) => d.id === self.id,
    );
    expect(after.dueOn).toBe('2025-03-25');
    const [audit] = (
      await db.query(
        `SELECT before, after FROM audit_log WHERE action = 'UPDATE' AND entity = 'CalendarDeadline' ORDER BY id DESC LIMIT 1`,
      )
    ).rows;
    expect(audit).toEqual({ before: { dueOn: self.dueOn }, after: { dueOn: '2025-03-25' } });
  });

  it('a project belongs to its budget year: dated within it, and an explicit date outside it is refused', async () => {
    const CREATE = `mutation($d: String) { createProject(input: { year: 2025, name: "2025年乡村教师培训补助", fundFamily: GENERAL_PUBLIC, budget: "200000.00", kind: RECURRING, budgetedOn: $d }) { year budgetedOn } }`;
    const count = `SELECT count(*)::int AS n FROM project WHERE year = 2025`;
    await refused('unit-jyj', CREATE, { d: '2024-12-31' }, 'BAD_USER_INPUT', 'input.budgetedOn', count);
    expect((await ok('unit-jyj', CREATE, { d: '2025-01-01' })).createProject).toEqual({
      year: 2025,
      budgetedOn: '2025-01-01',
    });
    // Without a date: the county's today, moved into 2025 (the demo runs after 2025, so its last day).
    const today = (await db.query(`SELECT current_date::text AS d`)).rows[0].d as string;
    const expected = today < '2025-01-01' ? '2025-01-01' : today > '2025-12-31' ? '2025-12-31' : today;
    expect((await ok('unit-jyj', CREATE, { d: null })).createProject.budgetedOn).toBe(expected);
  });

  it('checkpoints open in order; one closes only when every due project reported or is recorded as not reported', async () => {
    const { checkpoints } = await ok('pes', CHECKPOINTS, { y: 2024 });
    const may = checkpoints.find((c: any) => c.month === 5 && c.scope === 'PROJECT');
    const aug = checkpoints.find((c: any) => c.month === 8 && c.scope === 'PROJECT');
    const OPEN = `mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status version } }`;
    const probe = `SELECT id, status, version FROM monitoring_checkpoint WHERE year = 2024 ORDER BY id`;
    const early = await refused('pes', OPEN, { id: aug.id, v: aug.version }, 'INVALID_TRANSITION', 'id', probe);
    expect(early.message).toMatch(/5月的监控节点尚未开启.*checkpoints open in order/s);
    const opened = (await ok('pes', OPEN, { id: may.id, v: may.version })).openCheckpoint;
    expect(opened.status).toBe('OPEN');

    const missing: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await ok(
          'pes',
          `query($y: Int!, $a: String) { checkpoints(year: $y) { month scope missingReports(first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
          { y: 2024, a: after },
        )
      ).checkpoints.find((c: any) => c.month === 5 && c.scope === 'PROJECT').missingReports;
      missing.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(missing.length).toBeGreaterThan(1);
    const CLOSE = `mutation($id: ID!, $v: Int!) { closeCheckpoint(id: $id, version: $v) { status } }`;
    const notClosed = await refused(
      'pes',
      CLOSE,
      { id: may.id, v: opened.version },
      'BAD_USER_INPUT',
      'checkpointId',
      probe,
    );
    expect(notClosed.message).toContain(`尚有 ${missing.length} 个项目未报送`);

    const RECORD = `mutation($id: ID!, $p: [ID!]!, $v: Int!) { recordNotReported(checkpointId: $id, projectIds: $p, version: $v) { version missingReports(first: 1) { totalCount } } }`;
    const flags = `SELECT count(*)::int AS n FROM flag f JOIN monitoring_checkpoint c ON c.id = f.raised_checkpoint_id WHERE c.year = 2024 AND c.month = 5`;
    // A project not due here is named by its place in the list, and nothing is recorded.
    const other = (await ok('unit-jyj', `{ projects(first: 1, filter: { year: 2025 }) { edges { node { id } } } }`))
      .projects.edges[0].node.id;
    await refused(
      'pes',
      RECORD,
      { id: may.id, p: [missing[0], other], v: opened.version },
      'BAD_USER_INPUT',
      'projectIds[1]',
      `${flags} UNION ALL SELECT count(*)::int FROM monitoring_report WHERE not_reported`,
    );
    await refused('budget', RECORD, { id: may.id, p: [missing[0]], v: opened.version }, 'FORBIDDEN', null, flags);
    const recorded = (await ok('pes', RECORD, { id: may.id, p: missing, v: opened.version })).recordNotReported;
    expect(recorded.missingReports.totalCount).toBe(0);
    expect(recorded.version).toBe(opened.version + 1);
    // Each is a failed checkpoint by the rules: a confirmed report marked not reported, and a yellow flag.
    const { rows } = await db.query(
      `SELECT r.status, r.failed, r.not_reported, r.failure_reasons, f.level FROM monitoring_report r
         JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
         LEFT JOIN flag f ON f.project_id = r.project_id AND f.raised_checkpoint_id = c.id
        WHERE c.year = 2024 AND c.month = 5 AND c.scope = 'PROJECT' AND r.not_reported`,
    );
    expect(rows).toHaveLength(missing.length);
    expect(new Set(rows.map((r) => JSON.stringify([r.status, r.failed, r.failure_reasons, r.level])))).toEqual(
      new Set([JSON.stringify(['CONFIRMED', true, [{ code: 'NOT_REPORTED' }], 'YELLOW'])]),
    );
    const audits = (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'NOT_REPORTED'`)).rows[0].n;
    expect(audits).toBe(missing.length);
    const report = (
      await ok(
        'pes',
        `query($id: ID!) { node(id: $id) { ... on Project { monitoringReports { notReported failed failureReasons { code } } } } }`,
        { id: missing[0] },
      )
    ).node.monitoringReports;
    expect(report).toContainEqual({ notReported: true, failed: true, failureReasons: [{ code: 'NOT_REPORTED' }] });
    // Submitted reports still waiting for review keep it open; else it closes.
    const pending = (
      await db.query(
        `SELECT count(*)::int AS n FROM monitoring_report WHERE checkpoint_id = (SELECT id FROM monitoring_checkpoint WHERE year = 2024 AND month = 5 AND scope = 'PROJECT') AND status <> 'CONFIRMED'`,
      )
    ).rows[0].n;
    expect(pending).toBe(0);
    expect((await ok('pes', CLOSE, { id: may.id, v: recorded.version })).closeCheckpoint.status).toBe('CONFIRMED');
  });

  it('year end: recurring projects carry over with their targets as a draft, linked both ways, once', async () => {
    const recurring = (
      await db.query(
        `SELECT count(*)::int AS n FROM project p WHERE p.year = 2024 AND p.kind = 'RECURRING'
            AND NOT EXISTS (SELECT 1 FROM project n WHERE n.carried_over_from_id = p.id)`,
      )
    ).rows[0].n;
    expect(recurring).toBeGreaterThan(0);
    await refused(
      'unit-jyj',
      `mutation { carryOverYear(year: 2024) { carried } }`,
      {},
      'FORBIDDEN',
      null,
      `SELECT count(*) FROM project`,
    );
    const done = (await ok('pes', `mutation { carryOverYear(year: 2024) { carried cutsApplied } }`)).carryOverYear;
    expect(done.carried).toBe(recurring);
    expect((await ok('pes', `mutation { carryOverYear(year: 2024) { carried cutsApplied } }`)).carryOverYear).toEqual({
      carried: 0,
      cutsApplied: 0,
    });
    const [pair] = (
      await db.query(
        `SELECT o.id AS old_id, n.id AS new_id FROM project n JOIN project o ON o.id = n.carried_over_from_id
          JOIN unit u ON u.id = o.unit_id WHERE u.code = 'jyj' AND o.year = 2024 ORDER BY o.code LIMIT 1`,
      )
    ).rows;
    const { projects } = await ok(
      'unit-jyj',
      `{ projects(first: 50, filter: { year: 2025 }) { edges { node { id year budget targetStatus budgetedOn inAnnualBudget kind
          indicators { name targetValue } carriedOverFrom { id year budget indicators { name targetValue } carriedOverTo { id } } } } } }`,
    );
    const line = projects.edges.map((e: any) => e.node).find((p: any) => p.carriedOverFrom);
    expect(line).toBeDefined();
    expect(line).toMatchObject({
      year: 2025,
      targetStatus: 'DRAFT',
      budgetedOn: '2025-01-01',
      inAnnualBudget: true,
      kind: 'RECURRING',
    });
    expect(line.budget).toBe(line.carriedOverFrom.budget);
    expect(line.carriedOverFrom.year).toBe(2024);
    expect(line.carriedOverFrom.carriedOverTo.id).toBe(line.id);
    expect(line.indicators).toEqual(line.carriedOverFrom.indicators);
    expect(pair).toBeDefined();
  });
});
