import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §3: the quarterly report upward (季度工作情况上报). The performance section assembles a quarter's
// figures from the contract queries for the quarter's dates, adds its text and submits; the prefecture sees
// the reports of its counties, returns one with comments; the county resubmits; every step is kept.

describe('the quarterly report upward', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const as = (user: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(ctx.graphqlUrl, query, variables, t[user]);
  const ok = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(user, query, variables);
    expect(res.errors, `${user}: ${query.slice(0, 80)}`).toBeUndefined();
    return res.data as any;
  };
  const PROBE = `SELECT (SELECT json_agg(q ORDER BY q.id) FROM quarterly_report q) AS reports,
    (SELECT json_agg(e ORDER BY e.id) FROM quarterly_report_event e) AS events,
    (SELECT count(*) FROM audit_log) AS audits`;
  const refused = async (user: string, code: string, query: string, variables: Record<string, unknown>) => {
    const before = (await db.query(PROBE)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, `${user}: ${JSON.stringify(res.errors?.[0]?.message)}`).toBe(code);
    expect((await db.query(PROBE)).rows).toEqual(before);
    return res.errors![0]!;
  };

  const FIGURES = `year quarter from to targetProjectCount targetBudget flagsRaised flagsClosed
    execution { checkpointYear checkpointMonth periodEnd projectCount budget executed executionRate }
    evaluations { kind year count budget excellent }`;
  const REPORT = `id version status year quarter regionName toRegionName dueOn text submittedAt returnComment
    figures { ${FIGURES} } history { kind text userName occurredAt figures { ${FIGURES} } }`;
  const ASSEMBLE = `query($y: Int!, $q: Int!) { assembleQuarterlyReport(year: $y, quarter: $q) { ${FIGURES} } }`;
  const SUBMIT = `mutation($y: Int!, $q: Int!, $text: String!, $v: Int) {
    submitQuarterlyReport(year: $y, quarter: $q, text: $text, version: $v) { ${REPORT} } }`;
  const RETURN = `mutation($id: ID!, $c: String!, $v: Int!) { returnQuarterlyReport(id: $id, comment: $c, version: $v) { ${REPORT} } }`;
  const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptQuarterlyReport(id: $id, version: $v) { ${REPORT} } }`;
  const LIST = `query($r: ID, $y: Int) { quarterlyReports(regionId: $r, year: $y) { ${REPORT} } }`;
  const TODOS = `{ todos { kind count overdue } }`;
  const countyId = async () =>
    (await db.query(`SELECT region_id AS id FROM app_user WHERE username = 'pes'`)).rows[0].id;

  beforeAll(async () => {
    for (const u of ['pes', 'prefecture', 'leader', 'budget', 'unit-jyj']) t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
  });

  it('assembles a quarter from what the contract queries give for its dates', async () => {
    const county = await countyId();
    const q2 = (await ok('pes', ASSEMBLE, { y: 2023, q: 2 })).assembleQuarterlyReport;
    expect(q2).toMatchObject({ year: 2023, quarter: 2, from: '2023-04-01', to: '2023-06-30' });
    const targets = (await ok('pes', `{ targetSummary(year: 2023) { projectCount budget } }`)).targetSummary;
    expect([q2.targetProjectCount, q2.targetBudget]).toEqual([targets.projectCount, targets.budget]);
    expect(q2.targetProjectCount).toBe(321);

    // The latest checkpoint by 30 June is May's: the report's 132 projects, 28.4%.
    const [may] = (
      await ok('pes', `{ executionSummary(year: 2023, month: 5) { projectCount budget executed executionRate } }`)
    ).executionSummary;
    expect(q2.execution).toEqual({ checkpointYear: 2023, checkpointMonth: 5, periodEnd: '2023-05-31', ...may });
    expect(q2.execution.projectCount).toBe(132);

    // Flags raised in the quarter are those of May's checkpoint (raised in June): flagSummary's new ones.
    const fs = (await ok('pes', `{ flagSummary(year: 2023, month: 5) { newYellow escalatedToRed closed } }`))
      .flagSummary;
    expect(q2.flagsRaised).toBe(fs.newYellow + fs.escalatedToRed);
    expect(q2.flagsRaised).toBe(69);
    const closedOracle = await db.query(
      `SELECT count(*)::int AS n FROM flag f JOIN project p ON p.id = f.project_id
        WHERE p.region_id = $1 AND f.closed_on BETWEEN '2023-04-01' AND '2023-06-30'`,
      [county],
    );
    expect(q2.flagsClosed).toBe(closedOracle.rows[0].n);

    // Evaluations finished in the quarter, per kind, against gradeDistribution and SQL written here.
    for (const e of q2.evaluations) {
      const oracle = await db.query(
        `SELECT count(*)::int AS n, COALESCE(sum(e.budget), 0)::text AS budget FROM evaluation e JOIN unit u ON u.id = e.unit_id
          WHERE u.region_id = $1 AND e.year = 2022 AND e.kind = $2 AND e.status = 'FINAL'
            AND e.evaluated_on BETWEEN '2023-04-01' AND '2023-06-30'`,
        [county, e.kind],
      );
      expect([e.year, e.count, Number(e.budget)], e.kind).toEqual([
        2022,
        oracle.rows[0].n,
        Number(oracle.rows[0].budget),
      ]);
    }
    const byKind = Object.fromEntries(q2.evaluations.map((e: any) => [e.kind, e]));
    // The 2022 department and unit-wide evaluations were all finished in April 2023: the whole distribution.
    for (const kind of ['DEPARTMENT', 'UNIT_WIDE']) {
      const g = (
        await ok('pes', `{ gradeDistribution(year: 2022, kind: ${kind}) { total budget buckets { grade count } } }`)
      ).gradeDistribution;
      expect([byKind[kind].count, byKind[kind].budget], kind).toEqual([g.total, g.budget]);
      expect(byKind[kind].excellent).toBe(g.buckets.find((b: any) => b.grade === 'EXCELLENT').count);
    }
    expect([byKind.DEPARTMENT.count, byKind.UNIT_WIDE.count, byKind.DEPARTMENT.excellent]).toEqual([90, 52, 82]);

    // Q1 2023: the 257 self-evaluations of 2022 (by 20 March); no checkpoint yet that year, none the year before.
    const q1 = (await ok('pes', ASSEMBLE, { y: 2023, q: 1 })).assembleQuarterlyReport;
    const self = (await ok('pes', `{ gradeDistribution(year: 2022, kind: SELF) { total budget } }`)).gradeDistribution;
    expect(q1.evaluations.find((e: any) => e.kind === 'SELF')).toMatchObject({
      count: self.total,
      budget: self.budget,
    });
    expect(self.total).toBe(257);
    const [cp] = (
      await db.query(
        `SELECT year, month FROM monitoring_checkpoint WHERE region_id = $1 AND scope = 'PROJECT' AND period_end <= '2023-03-31'
          ORDER BY period_end DESC LIMIT 1`,
        [county],
      )
    ).rows;
    expect(q1.execution === null ? null : [q1.execution.checkpointYear, q1.execution.checkpointMonth]).toEqual(
      cp ? [cp.year, cp.month] : null,
    );
  });

  it('The prefecture receives the county’s Q1 report and returns it; both sides see the history', async () => {
    const assembled = (await ok('pes', ASSEMBLE, { y: 2023, q: 1 })).assembleQuarterlyReport;
    const sent = (await ok('pes', SUBMIT, { y: 2023, q: 1, text: '  一季度完成上年度项目自评257个。  ' }))
      .submitQuarterlyReport;
    expect(sent).toMatchObject({
      status: 'SUBMITTED',
      version: 1,
      year: 2023,
      quarter: 1,
      dueOn: '2023-04-01',
      text: '一季度完成上年度项目自评257个。',
      returnComment: null,
      figures: assembled,
    });
    expect(sent.toRegionName).toContain('自治州');
    expect(sent.history.map((h: any) => h.kind)).toEqual(['SUBMITTED']);

    // The prefecture: a to-do, a county picker, the report with its frozen figures.
    expect((await ok('prefecture', TODOS)).todos).toContainEqual({
      kind: 'QUARTERLY_REPORTS_RECEIVED',
      count: 1,
      overdue: 0,
    });
    const regions = (await ok('prefecture', `{ reportingRegions { id name } }`)).reportingRegions;
    const county = regions.find((r: any) => r.name === sent.regionName);
    expect(county).toBeDefined();
    const received = (await ok('prefecture', LIST, { r: county.id })).quarterlyReports;
    expect(received).toHaveLength(1);
    expect(received[0]).toEqual(sent);
    expect((await ok('prefecture', `query($id: ID!) { node(id: $id) { id } }`, { id: sent.id })).node).toEqual({
      id: sent.id,
    });
    const other = regions.find((r: any) => r.id !== county.id);
    if (other) expect((await ok('prefecture', LIST, { r: other.id })).quarterlyReports).toEqual([]);

    // Refusals leave the database unchanged; each names what is wrong.
    await refused('unit-jyj', 'FORBIDDEN', LIST, {});
    await refused('budget', 'FORBIDDEN', LIST, {});
    await refused('pes', 'FORBIDDEN', RETURN, { id: sent.id, c: '请补充', v: 1 });
    const empty = await refused('prefecture', 'BAD_USER_INPUT', RETURN, { id: sent.id, c: '  ', v: 1 });
    expect(empty.extensions!.field).toBe('comment');
    expect(empty.message).toMatch(/退回意见.*comment/);
    await refused('prefecture', 'CONFLICT', RETURN, { id: sent.id, c: '请补充', v: 7 });
    const again = await refused('pes', 'INVALID_TRANSITION', SUBMIT, { y: 2023, q: 1, text: '再报', v: 1 });
    expect(again.message).toContain('SUBMITTED');
    const early = await refused('pes', 'BAD_USER_INPUT', SUBMIT, { y: 2100, q: 4, text: '未到期' });
    expect(early.extensions!.field).toBe('quarter');
    const badQuarter = await refused('pes', 'BAD_USER_INPUT', SUBMIT, { y: 2023, q: 5, text: '第五季度' });
    expect(badQuarter.extensions!.field).toBe('quarter');
    expect((await refused('pes', 'BAD_USER_INPUT', SUBMIT, { y: 2023, q: 2, text: ' ' })).extensions!.field).toBe(
      'text',
    );

    // The prefecture returns it with comments; the county sees the comment and a to-do.
    const returned = (await ok('prefecture', RETURN, { id: sent.id, c: '请补充重点评价进展。', v: 1 }))
      .returnQuarterlyReport;
    expect(returned).toMatchObject({ status: 'RETURNED', version: 2, returnComment: '请补充重点评价进展。' });
    const seen = (await ok('pes', LIST, { y: 2023 })).quarterlyReports;
    expect(seen).toHaveLength(1);
    expect(seen[0].history.map((h: any) => [h.kind, h.text])).toEqual([
      ['SUBMITTED', '一季度完成上年度项目自评257个。'],
      ['RETURNED', '请补充重点评价进展。'],
    ]);
    expect(seen[0].history[1].userName).toContain('自治州');
    const due = (await ok('pes', TODOS)).todos.find((x: any) => x.kind === 'QUARTERLY_REPORT_DUE');
    const dueBefore = due.count;
    expect(dueBefore).toBeGreaterThanOrEqual(1);
    expect((await ok('leader', LIST, {})).quarterlyReports.map((r: any) => r.status)).toEqual(['RETURNED']);

    // The figures are frozen: a later change moves the assembled figures, not the submitted ones.
    await db.query(
      `UPDATE evaluation SET evaluated_on = '2023-04-02' WHERE id = (SELECT e.id FROM evaluation e JOIN unit u ON u.id = e.unit_id
        WHERE e.kind = 'SELF' AND e.year = 2022 AND e.status = 'FINAL' AND e.evaluated_on <= '2023-03-31' ORDER BY e.id LIMIT 1)`,
    );
    const now = (await ok('pes', ASSEMBLE, { y: 2023, q: 1 })).assembleQuarterlyReport;
    const selfCount = (f: any) => f.evaluations.find((e: any) => e.kind === 'SELF').count;
    expect(selfCount(now)).toBe(selfCount(assembled) - 1);
    expect(seen[0].figures).toEqual(assembled);

    // The county revises and resubmits: both versions are kept, each with its own figures.
    const noVersion = await refused('pes', 'BAD_USER_INPUT', SUBMIT, { y: 2023, q: 1, text: '修改稿' });
    expect(noVersion.extensions!.field).toBe('version');
    await refused('pes', 'CONFLICT', SUBMIT, { y: 2023, q: 1, text: '修改稿', v: 1 });
    const resent = (await ok('pes', SUBMIT, { y: 2023, q: 1, text: '修改稿：重点评价已委托机构。', v: 2 }))
      .submitQuarterlyReport;
    expect(resent).toMatchObject({ id: sent.id, status: 'SUBMITTED', version: 3, returnComment: null });
    expect(resent.history.map((h: any) => h.kind)).toEqual(['SUBMITTED', 'RETURNED', 'SUBMITTED']);
    expect(resent.history[0]).toMatchObject({ text: '一季度完成上年度项目自评257个。', figures: assembled });
    expect(resent.history[1].figures).toBeNull();
    expect(resent.history[2]).toMatchObject({ text: '修改稿：重点评价已委托机构。', figures: now });
    expect(resent.figures).toEqual(now);
    expect((await ok('pes', TODOS)).todos.find((x: any) => x.kind === 'QUARTERLY_REPORT_DUE').count).toBe(
      dueBefore - 1,
    );

    // The prefecture sees the same history, and marks it received.
    const theirs = (await ok('prefecture', LIST, { r: county.id, y: 2023 })).quarterlyReports[0];
    expect(theirs.history).toEqual(resent.history);
    const accepted = (await ok('prefecture', ACCEPT, { id: sent.id, v: 3 })).acceptQuarterlyReport;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.history.map((h: any) => h.kind)).toEqual(['SUBMITTED', 'RETURNED', 'SUBMITTED', 'ACCEPTED']);
    await refused('prefecture', 'INVALID_TRANSITION', RETURN, { id: sent.id, c: '再退回', v: 4 });
    expect((await ok('prefecture', TODOS)).todos).toContainEqual({
      kind: 'QUARTERLY_REPORTS_RECEIVED',
      count: 0,
      overdue: 0,
    });

    // Every step is audited, who and what.
    const audits = await db.query(
      `SELECT a.action FROM audit_log a JOIN quarterly_report q ON q.id::text = a.entity_id
        WHERE a.entity = 'QuarterlyReport' ORDER BY a.id`,
    );
    expect(audits.rows.map((r) => r.action)).toEqual(['SUBMIT', 'RETURN', 'RESUBMIT', 'ACCEPT']);
  });
});
