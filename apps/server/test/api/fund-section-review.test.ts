import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §3: the fund-owning sections (社保科, 企业科, 债务科, 乡财科) review and pass upward (审核上报) their
// family's targets and monitoring reports; the performance section confirms only what they passed. A return
// sends the row back to the unit. The 20 November fund-family summary is sent with the family's figures, and
// the performance section reads it. Refusals leave the database unchanged.

describe('fund-owning sections review their family before the performance section confirms', () => {
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
  const PROBE = `SELECT (SELECT json_agg(json_build_object('id', p.id, 's', p.target_status, 'f', p.targets_fund_reviewed_on, 'v', p.version) ORDER BY p.id)
      FROM project p WHERE p.year >= 2024) AS projects,
    (SELECT json_agg(json_build_object('id', r.id, 's', r.status, 'f', r.fund_reviewed_on, 'v', r.version) ORDER BY r.id)
      FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id WHERE c.year = 2024) AS reports,
    (SELECT count(*) FROM fund_review) AS reviews, (SELECT count(*) FROM fund_family_summary) AS summaries,
    (SELECT count(*) FROM audit_log) AS audits`;
  const refused = async (user: string, code: string, query: string, variables: Record<string, unknown>) => {
    const before = (await db.query(PROBE)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, `${user}: ${JSON.stringify(res.errors?.[0]?.message)}`).toBe(code);
    expect((await db.query(PROBE)).rows).toEqual(before);
    return res.errors![0]!;
  };
  const todo = async (user: string, kind: string) =>
    ((await ok(user, '{ todos { kind count } }')).todos as { kind: string; count: number }[])
      .filter((x) => x.kind === kind)
      .reduce((n, x) => n + x.count, 0);

  const FUND_TARGETS = `mutation($id: ID!, $a: Boolean!, $c: String!, $v: Int!) { fundReviewTargets(projectId: $id, approve: $a, comment: $c, version: $v) {
    targetStatus version targetsFundReviewedOn fundReviewRequired fundReviews { subject approved comment sectionName reviewerName reviewedOn } } }`;
  const FIRST = `mutation($id: ID!, $v: Int!) { reviewTargetsFirst(projectId: $id, approve: true, version: $v) { targetStatus version } }`;
  const APPROVE = `mutation($id: ID!, $v: Int!) { reviewTargets(projectId: $id, approve: true, score: 90, version: $v) { targetStatus version } }`;
  const SUBMIT = `mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { targetStatus version targetsFundReviewedOn } }`;
  const REVIEW = `mutation($id: ID!, $v: Int!) { reviewMonitoringReport(id: $id, approve: true, version: $v) { status version } }`;
  const FUND_REPORT = `mutation($id: ID!, $a: Boolean!, $c: String!, $v: Int!) { fundReviewMonitoringReport(id: $id, approve: $a, comment: $c, version: $v) {
    status version fundReviewedOn reviewComment fundReviews { subject approved comment checkpointMonth sectionName } } }`;
  const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmMonitoringReport(id: $id, version: $v) { status version } }`;
  const INDICATORS = [
    {
      level1: 'OUTPUT',
      level2: '数量指标',
      name: '高标准农田改造面积',
      comparator: 'GE',
      targetValue: '1200',
      unitOfMeasure: '亩',
      weight: 60,
      isKey: true,
    },
    {
      level1: 'BENEFIT',
      level2: '经济效益指标',
      name: '受益农户增收',
      comparator: 'GE',
      targetValue: '800',
      unitOfMeasure: '元/户',
      weight: 30,
    },
    {
      level1: 'SATISFACTION',
      level2: '服务对象满意度指标',
      name: '受益群众满意度',
      comparator: 'GE',
      targetValue: '90',
      unitOfMeasure: '%',
      weight: 10,
    },
  ];

  // A unit running rural revitalization (乡财科's family) projects in 2024, and its business section.
  const who = { unit: '', section: '' };
  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const [row] = (
      await db.query(`SELECT uu.username AS unit, su.username AS section
        FROM project p JOIN unit u ON u.id = p.unit_id JOIN app_user uu ON uu.unit_id = u.id
        JOIN app_user su ON su.section_id = u.supervising_section_id
       WHERE p.year = 2024 AND p.fund_family = 'RURAL_REVITALIZATION' AND NOT u.classified AND p.budgeted_on <= '2024-05-31'
         AND EXISTS (SELECT 1 FROM project_indicator i WHERE i.project_id = p.id)
       ORDER BY p.id LIMIT 1`)
    ).rows;
    Object.assign(who, row);
    for (const u of ['pes', 'leader', 'sec-xc', 'sec-zw', who.unit, who.section]) t[u] = await login(ctx.graphqlUrl, u);
  });
  afterAll(async () => {
    await db?.end();
  });

  it('the demo is consistent: every approved target and confirmed report of an owned family was passed upward', async () => {
    const [{ targets, reports }] = (
      await db.query(`SELECT
        (SELECT count(*)::int FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.target_status = 'APPROVED'
           AND p.fund_family IN ('SOCIAL_INSURANCE', 'STATE_CAPITAL', 'SPECIAL_BOND', 'RURAL_REVITALIZATION') AND NOT u.classified
           AND p.targets_fund_reviewed_on IS NULL) AS targets,
        (SELECT count(*)::int FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
          WHERE r.status = 'CONFIRMED' AND NOT r.not_reported AND NOT u.classified AND r.fund_reviewed_on IS NULL
            AND p.fund_family IN ('SOCIAL_INSURANCE', 'STATE_CAPITAL', 'SPECIAL_BOND', 'RURAL_REVITALIZATION')) AS reports`)
    ).rows;
    expect({ targets, reports }).toEqual({ targets: 0, reports: 0 });
    const [{ general }] = (
      await db.query(
        `SELECT count(*)::int AS general FROM project WHERE fund_family = 'GENERAL_PUBLIC' AND targets_fund_reviewed_on IS NOT NULL`,
      )
    ).rows;
    expect(general).toBe(0);
  });

  describe('targets', () => {
    const s: Record<string, any> = {};
    it('a unit submits rural revitalization targets; its business section reviews first; the fund section sees the to-do', async () => {
      const p = (
        await ok(
          who.unit,
          `mutation { createProject(input: { year: 2025, name: "2025年衔接资金高标准农田改造", fundFamily: RURAL_REVITALIZATION, budget: "860000.00", kind: RECURRING }) { id version fundReviewRequired } }`,
        )
      ).createProject;
      expect(p.fundReviewRequired).toBe(true);
      const saved = (
        await ok(
          who.unit,
          `mutation($id: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $id, indicators: $ind, version: $v) { version } }`,
          { id: p.id, ind: INDICATORS, v: p.version },
        )
      ).saveTargets;
      const submitted = (await ok(who.unit, SUBMIT, { id: p.id, v: saved.version })).submitTargets;
      expect(await todo('sec-xc', 'TARGETS_TO_FUND_REVIEW')).toBe(0);
      const first = (await ok(who.section, FIRST, { id: p.id, v: submitted.version })).reviewTargetsFirst;
      expect(first.targetStatus).toBe('FIRST_REVIEWED');
      expect(await todo('sec-xc', 'TARGETS_TO_FUND_REVIEW')).toBe(1);
      expect(await todo('sec-zw', 'TARGETS_TO_FUND_REVIEW')).toBe(0);
      s.id = p.id;
      s.version = first.version;
    });

    it('the performance section cannot approve before the fund section’s review, and its queue leaves it out', async () => {
      const pesQueue = await todo('pes', 'TARGETS_TO_APPROVE');
      const err = await refused('pes', 'INVALID_TRANSITION', APPROVE, { id: s.id, v: s.version });
      expect(err.extensions).toMatchObject({ reason: 'FUND_REVIEW_REQUIRED', field: 'projectId', section: '乡财科' });
      expect(err.message).toContain('乡财科审核上报');
      expect(err.message).toContain('must be reviewed and passed upward');
      expect(await todo('pes', 'TARGETS_TO_APPROVE')).toBe(pesQueue);
    });

    it('another fund section cannot review it; a return needs a comment', async () => {
      await refused('sec-zw', 'NOT_FOUND', FUND_TARGETS, { id: s.id, a: true, c: '', v: s.version });
      await refused(who.section, 'FORBIDDEN', FUND_TARGETS, { id: s.id, a: true, c: '', v: s.version });
      await refused('pes', 'FORBIDDEN', FUND_TARGETS, { id: s.id, a: true, c: '', v: s.version });
      const err = await refused('sec-xc', 'BAD_USER_INPUT', FUND_TARGETS, { id: s.id, a: false, c: ' ', v: s.version });
      expect(err.extensions?.field).toBe('comment');
      await refused('sec-xc', 'CONFLICT', FUND_TARGETS, { id: s.id, a: true, c: '', v: s.version - 1 });
    });

    it('a return by the fund section sends the targets back to the unit, with the comment it can read', async () => {
      const r = (
        await ok('sec-xc', FUND_TARGETS, {
          id: s.id,
          a: false,
          c: '改造面积与衔接资金安排不一致，请核实',
          v: s.version,
        })
      ).fundReviewTargets;
      expect(r).toMatchObject({ targetStatus: 'RETURNED', targetsFundReviewedOn: null });
      const seen = (
        await ok(
          who.unit,
          `query($id: ID!) { node(id: $id) { ... on Project { targetStatus version fundReviews { subject approved comment sectionName } } } }`,
          { id: s.id },
        )
      ).node;
      expect(seen.targetStatus).toBe('RETURNED');
      expect(seen.fundReviews).toEqual([
        { subject: 'TARGETS', approved: false, comment: '改造面积与衔接资金安排不一致，请核实', sectionName: '乡财科' },
      ]);
      expect(await todo(who.unit, 'TARGETS_TO_REVISE')).toBeGreaterThan(0);
      expect(await todo('sec-xc', 'TARGETS_TO_FUND_REVIEW')).toBe(0);
      // Submitted again and first-reviewed again, they come back to the fund section.
      const again = (await ok(who.unit, SUBMIT, { id: s.id, v: seen.version })).submitTargets;
      const first = (await ok(who.section, FIRST, { id: s.id, v: again.version })).reviewTargetsFirst;
      s.version = first.version;
    });

    it('the fund section passes them upward (once), then the performance section approves', async () => {
      const r = (await ok('sec-xc', FUND_TARGETS, { id: s.id, a: true, c: '资金安排相符，同意上报', v: s.version }))
        .fundReviewTargets;
      expect(r.targetStatus).toBe('FIRST_REVIEWED');
      expect(r.targetsFundReviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.fundReviews.map((x: any) => [x.approved, x.reviewerName])).toEqual([
        [true, '乡财科科长'],
        [false, '乡财科科长'],
      ]);
      await refused('sec-xc', 'INVALID_TRANSITION', FUND_TARGETS, { id: s.id, a: true, c: '', v: r.version });
      expect(await todo('sec-xc', 'TARGETS_TO_FUND_REVIEW')).toBe(0);
      const approved = (await ok('pes', APPROVE, { id: s.id, v: r.version })).reviewTargets;
      expect(approved.targetStatus).toBe('APPROVED');
      const [audit] = (
        await db.query(
          `SELECT action, before, after FROM audit_log WHERE entity = 'ProjectTargets' AND action = 'FUND_REVIEW' ORDER BY id DESC LIMIT 1`,
        )
      ).rows;
      expect(audit.before).toMatchObject({ status: 'FIRST_REVIEWED', fundReviewedOn: null });
      expect(audit.after).toMatchObject({ status: 'FIRST_REVIEWED', comment: '资金安排相符，同意上报' });
    });

    it('a project of a family no fund section owns needs no such review', async () => {
      const p = (
        await ok(
          who.unit,
          `mutation { createProject(input: { year: 2025, name: "2025年村级公共服务设施维护", fundFamily: GENERAL_PUBLIC, budget: "120000.00", kind: RECURRING }) { id version fundReviewRequired } }`,
        )
      ).createProject;
      expect(p.fundReviewRequired).toBe(false);
      const saved = (
        await ok(
          who.unit,
          `mutation($id: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $id, indicators: $ind, version: $v) { version } }`,
          { id: p.id, ind: INDICATORS, v: p.version },
        )
      ).saveTargets;
      const submitted = (await ok(who.unit, SUBMIT, { id: p.id, v: saved.version })).submitTargets;
      const first = (await ok(who.section, FIRST, { id: p.id, v: submitted.version })).reviewTargetsFirst;
      await refused('sec-xc', 'NOT_FOUND', FUND_TARGETS, { id: p.id, a: true, c: '', v: first.version });
      expect((await ok('pes', APPROVE, { id: p.id, v: first.version })).reviewTargets.targetStatus).toBe('APPROVED');
    });
  });

  describe('monitoring reports at the end of May 2024', () => {
    const s: Record<string, any> = {};
    const submit = async (version: number | null) => {
      const actuals = s.project.indicators.map((i: any) => ({ indicatorId: i.id, actualValue: i.targetValue }));
      return (
        await ok(
          who.unit,
          `mutation($input: MonitoringReportInput!) { submitMonitoringReport(input: $input) { id status version fundReviewedOn } }`,
          {
            input: {
              checkpointId: s.may.id,
              projectId: s.project.id,
              executed: s.executed,
              actuals,
              ...(version === null ? {} : { version }),
            },
          },
        )
      ).submitMonitoringReport;
    };

    it('the unit reports a rural revitalization project and its business section reviews first', async () => {
      const { checkpoints } = await ok('pes', `{ checkpoints(year: 2024) { id month scope status version } }`);
      s.may = checkpoints.find((c: any) => c.month === 5 && c.scope === 'PROJECT');
      await ok('pes', `mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status } }`, {
        id: s.may.id,
        v: s.may.version,
      });
      const { projects } = await ok(
        who.unit,
        `{ projects(first: 100, filter: { year: 2024, fundFamily: RURAL_REVITALIZATION }) { edges { node { id budget budgetedOn indicators { id targetValue } } } } }`,
      );
      s.project = projects.edges
        .map((e: any) => e.node)
        .find((p: any) => p.budgetedOn <= '2024-05-31' && p.indicators.length > 0);
      s.executed = (Math.floor(Number(s.project.budget) * 60) / 100).toFixed(2);
      const report = await submit(null);
      expect(report).toMatchObject({ status: 'SUBMITTED', fundReviewedOn: null });
      s.id = report.id;
      const reviewed = (await ok(who.section, REVIEW, { id: s.id, v: report.version })).reviewMonitoringReport;
      expect(reviewed.status).toBe('REVIEWED');
      s.version = reviewed.version;
      expect(await todo('sec-xc', 'REPORTS_TO_FUND_REVIEW')).toBe(1);
    });

    it('the performance section’s confirmation is refused before the fund review; another fund section cannot review', async () => {
      const err = await refused('pes', 'INVALID_TRANSITION', CONFIRM, { id: s.id, v: s.version });
      expect(err.extensions).toMatchObject({ reason: 'FUND_REVIEW_REQUIRED', field: 'id' });
      expect(err.message).toContain('监控报告须经乡财科审核上报');
      await refused('sec-zw', 'NOT_FOUND', FUND_REPORT, { id: s.id, a: true, c: '', v: s.version });
      await refused(who.unit, 'FORBIDDEN', FUND_REPORT, { id: s.id, a: true, c: '', v: s.version });
    });

    it('a return by the fund section sends the report back to the unit as a draft', async () => {
      const r = (await ok('sec-xc', FUND_REPORT, { id: s.id, a: false, c: '执行数与国库支付数据不符', v: s.version }))
        .fundReviewMonitoringReport;
      expect(r).toMatchObject({ status: 'DRAFT', fundReviewedOn: null, reviewComment: '执行数与国库支付数据不符' });
      expect(r.fundReviews).toEqual([
        {
          subject: 'MONITORING_REPORT',
          approved: false,
          comment: '执行数与国库支付数据不符',
          checkpointMonth: 5,
          sectionName: '乡财科',
        },
      ]);
      await refused('pes', 'INVALID_TRANSITION', CONFIRM, { id: s.id, v: r.version });
      const again = await submit(r.version);
      const reviewed = (await ok(who.section, REVIEW, { id: s.id, v: again.version })).reviewMonitoringReport;
      s.version = reviewed.version;
    });

    it('once the fund section passes it upward, the performance section confirms it', async () => {
      const r = (await ok('sec-xc', FUND_REPORT, { id: s.id, a: true, c: '', v: s.version }))
        .fundReviewMonitoringReport;
      expect(r.status).toBe('REVIEWED');
      expect(r.fundReviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await todo('sec-xc', 'REPORTS_TO_FUND_REVIEW')).toBe(0);
      expect((await ok('pes', CONFIRM, { id: s.id, v: r.version })).confirmMonitoringReport.status).toBe('CONFIRMED');
    });
  });

  describe('the 20 November fund-family summary', () => {
    const SEND = `mutation($y: Int!, $t: String!, $v: Int) { sendFundFamilySummary(year: $y, text: $t, version: $v) {
      year fundFamily sectionName text version sentByName checkpointMonth gradesYear
      targets { projectCount budget } execution { projectCount budget executed } flags { yellow red } grades { total buckets { grade count } } } }`;
    const READ = `query($y: Int!) { fundFamilySummaries(year: $y) { fundFamily sectionName text version targets { projectCount budget } execution { executed } } }`;

    it('the fund section sends its family’s figures of the year with its text; the performance section reads it', async () => {
      await refused('sec-xc', 'BAD_USER_INPUT', SEND, { y: 2024, t: '  ' });
      await refused('pes', 'FORBIDDEN', SEND, { y: 2024, t: '总结' });
      const sent = (await ok('sec-xc', SEND, { y: 2024, t: '2024年衔接资金项目总体按计划推进。' }))
        .sendFundFamilySummary;
      // The figures are the analytics contract's within 乡财科's portfolio (its family in the county), as sent.
      const targets = (await ok('sec-xc', `{ targetSummary(year: 2024) { projectCount budget } }`)).targetSummary;
      const [execution] = (
        await ok(
          'sec-xc',
          `{ executionSummary(year: 2024, month: 5, groupBy: TOTAL) { projectCount budget executed } }`,
        )
      ).executionSummary;
      const flags = (await ok('sec-xc', `{ flagSummary(year: 2024, month: 5) { yellow red } }`)).flagSummary;
      const grades = (
        await ok('sec-xc', `{ gradeDistribution(year: 2023, kind: SELF) { total buckets { grade count } } }`)
      ).gradeDistribution;
      const [{ n, budget }] = (
        await db.query(`SELECT count(*)::int AS n, sum(budget)::text AS budget FROM project
          WHERE year = 2024 AND fund_family = 'RURAL_REVITALIZATION' AND target_status = 'APPROVED'`)
      ).rows;
      expect(targets.projectCount).toBe(n);
      expect(Number(targets.budget)).toBe(Number(budget));
      expect(sent).toEqual({
        year: 2024,
        fundFamily: 'RURAL_REVITALIZATION',
        sectionName: '乡财科',
        text: '2024年衔接资金项目总体按计划推进。',
        version: 1,
        sentByName: '乡财科科长',
        checkpointMonth: 5,
        gradesYear: 2023,
        targets,
        execution,
        flags,
        grades,
      });
      expect(execution.projectCount).toBeGreaterThan(0);

      const read = (await ok('pes', READ, { y: 2024 })).fundFamilySummaries;
      expect(read).toEqual([
        {
          fundFamily: 'RURAL_REVITALIZATION',
          sectionName: '乡财科',
          text: '2024年衔接资金项目总体按计划推进。',
          version: 1,
          targets,
          execution: { executed: execution.executed },
        },
      ]);
      expect((await ok('leader', READ, { y: 2024 })).fundFamilySummaries).toHaveLength(1);
      expect((await ok('sec-zw', READ, { y: 2024 })).fundFamilySummaries).toEqual([]);
      expect((await ok(who.unit, READ, { y: 2024 })).fundFamilySummaries).toEqual([]);
    });

    it('sending again needs the version read, and the audit keeps what was sent before', async () => {
      await refused('sec-xc', 'CONFLICT', SEND, { y: 2024, t: '修订稿' });
      const again = (await ok('sec-xc', SEND, { y: 2024, t: '修订稿：补充整改情况。', v: 1 })).sendFundFamilySummary;
      expect(again).toMatchObject({ version: 2, text: '修订稿：补充整改情况。' });
      const [audit] = (
        await db.query(
          `SELECT before, after FROM audit_log WHERE entity = 'FundFamilySummary' AND action = 'SEND' ORDER BY id DESC LIMIT 1`,
        )
      ).rows;
      expect(audit.before.text).toBe('2024年衔接资金项目总体按计划推进。');
      expect(audit.after.text).toBe('修订稿：补充整改情况。');
    });
  });
});
