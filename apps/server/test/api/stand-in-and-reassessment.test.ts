import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { summaryMismatches } from '../support/summaries.js';

// Two rules of the year DOMAIN.md implies but does not spell out:
// - an ex-ante assessment of a project of ≥ 500,000 yuan may be sent to a third-party agency for
//   re-assessment before the performance section concludes;
// - classified units (涉密单位) are out of sight of the business and budget sections, so the performance
//   section stands in for them — for classified units only.
// Also the reads the dashboard's work forms need: adjustments, publication state, and their to-dos.

describe('work the dashboard forms need', () => {
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
  const refused = async (
    user: string,
    code: string,
    query: string,
    variables: Record<string, unknown>,
    probe: string,
  ) => {
    const before = (await db.query(probe)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, `${user}: ${JSON.stringify(res.errors?.[0]?.message)}`).toBe(code);
    expect((await db.query(probe)).rows).toEqual(before);
    return res.errors![0]!;
  };
  const todo = async (user: string, kind: string) =>
    ((await ok(user, '{ todos { kind count } }')).todos as { kind: string; count: number }[]).find(
      (x) => x.kind === kind,
    )?.count;

  beforeAll(async () => {
    for (const u of [
      'pes',
      'budget',
      'sec-jkw',
      'sec-xzzf',
      'unit-jyj',
      'unit-gaj',
      'agency-xinhe',
      'agency-tianzheng',
    ])
      t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
  });
  // Issue 16 §2: the analytics summaries (targets among them) stay exact after every step.
  afterEach(async () => expect(await summaryMismatches(db)).toEqual([]));
  afterAll(async () => {
    await db?.end();
  });

  const FILING = {
    necessity: '城区学位缺口较大，群众入学需求迫切。',
    feasibility: '用地已落实，设计方案已批复。',
    targetReasonableness: '新增学位与资金规模匹配，指标可衡量。',
    fundingPlan: '县级财政一次性安排，年内支付完毕。',
    attachmentNames: ['事前评估报告.pdf'],
  };
  const EX_ANTE = `query($id: ID!) { node(id: $id) { ... on Project { exAnteAssessment { status version reassessmentRequired agencyConclusion agencyOpinion
    agencySentOn agencyReviewedOn conclusion agency { name } } } } }`;
  const SEND = `mutation($p: ID!, $a: ID!, $v: Int!) { sendExAnteToAgency(projectId: $p, agencyId: $a, version: $v) { id } }`;
  const exAnteProbe = `SELECT status, version, agency_id, agency_conclusion, agency_opinion FROM ex_ante_assessment ORDER BY id`;

  /** A new 2025 project of unit-jyj, filed and first-reviewed: ready for the performance section. */
  async function firstReviewedProject(name: string, budget: string) {
    const p = (
      await ok(
        'unit-jyj',
        `mutation($n: String!, $b: Decimal!) { createProject(input: { year: 2025, name: $n, fundFamily: GENERAL_PUBLIC, budget: $b, kind: NEW }) { id } }`,
        { n: name, b: budget },
      )
    ).createProject;
    expect(await todo('unit-jyj', 'EX_ANTE_TO_FILE')).toBeGreaterThanOrEqual(1);
    await ok(
      'unit-jyj',
      `mutation($id: ID!, $in: ExAnteInput!) { submitExAnteAssessment(projectId: $id, input: $in) { id } }`,
      { id: p.id, in: FILING },
    );
    const x = (await ok('sec-jkw', EX_ANTE, { id: p.id })).node.exAnteAssessment;
    await ok(
      'sec-jkw',
      `mutation($id: ID!, $v: Int!) { reviewExAnteAssessment(projectId: $id, opinion: "必要性充分，同意", version: $v) { id } }`,
      { id: p.id, v: x.version },
    );
    return p.id as string;
  }

  async function agencyId(code: string): Promise<string> {
    const { agencies } = await ok('pes', '{ agencies { id code } }');
    return agencies.find((a: any) => a.code === code).id;
  }

  describe('ex-ante re-assessment by an agency', () => {
    it('a project under the threshold is not sent; the refusal names the threshold and changes nothing', async () => {
      const small = await firstReviewedProject('2025年校园安防小修', '120000.00');
      const x = (await ok('pes', EX_ANTE, { id: small })).node.exAnteAssessment;
      expect(x.reassessmentRequired).toBe(false);
      const err = await refused(
        'pes',
        'BAD_USER_INPUT',
        SEND,
        { p: small, a: await agencyId('xinhe'), v: x.version },
        exAnteProbe,
      );
      expect(err.message).toMatch(/500000\.00/);
      expect(err.extensions!.field).toBe('projectId');
    });

    it('a project of ≥ 500,000 yuan goes to the agency, which answers; then the performance section concludes', async () => {
      const big = await firstReviewedProject('2025年城区幼儿园新建', '800000.00');
      const x0 = (await ok('pes', EX_ANTE, { id: big })).node.exAnteAssessment;
      expect(x0).toMatchObject({ status: 'FIRST_REVIEWED', reassessmentRequired: true, agency: null });
      const { projects: listed } = await ok(
        'pes',
        `{ projects(first: 50, filter: { exAnteStatus: FIRST_REVIEWED }) { edges { node { id } } } }`,
      );
      expect(listed.edges.map((e: any) => e.node.id)).toContain(big);
      const { projects: news } = await ok(
        'unit-jyj',
        `{ projects(first: 100, filter: { year: 2025, kind: NEW }) { totalCount edges { node { kind } } } }`,
      );
      expect(news.totalCount).toBe(2);
      expect(news.edges.every((e: any) => e.node.kind === 'NEW')).toBe(true);
      const concludeBefore = await todo('pes', 'EX_ANTE_TO_CONCLUDE');

      const xinhe = await agencyId('xinhe');
      expect(await todo('agency-xinhe', 'EX_ANTE_TO_REASSESS')).toBe(0);
      // Only the performance section sends; a unit or a business section may not.
      await refused('sec-jkw', 'FORBIDDEN', SEND, { p: big, a: xinhe, v: x0.version }, exAnteProbe);
      // Nor to an agency of another region: it is no agency for this county.
      const [{ id: foreign }] = (
        await db.query(`INSERT INTO agency (region_id, code, name, credit_code)
        SELECT r.id, 'elsewhere', '外县评估所', '91650000MA7ELSEW01' FROM region r WHERE r.id <> (SELECT region_id FROM agency WHERE code = 'xinhe') LIMIT 1 RETURNING id`)
      ).rows;
      const stranger = await refused(
        'pes',
        'BAD_USER_INPUT',
        SEND,
        { p: big, a: Buffer.from(`Agency:${foreign}`).toString('base64url'), v: x0.version },
        exAnteProbe,
      );
      expect(stranger.extensions!.field).toBe('agencyId');
      await ok('pes', SEND, { p: big, a: xinhe, v: x0.version });
      const x1 = (await ok('pes', EX_ANTE, { id: big })).node.exAnteAssessment;
      expect(x1).toMatchObject({
        status: 'AGENCY_REVIEW',
        agency: { name: expect.any(String) },
        agencyConclusion: null,
      });
      expect(x1.agencySentOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await todo('agency-xinhe', 'EX_ANTE_TO_REASSESS')).toBe(1);

      // While the agency works, there is no conclusion; another agency cannot answer for it.
      const CONCLUDE = `mutation($id: ID!, $v: Int!) { concludeExAnteAssessment(projectId: $id, score: 88, conclusion: SUPPORT, version: $v) { id } }`;
      await refused('pes', 'INVALID_TRANSITION', CONCLUDE, { id: big, v: x1.version }, exAnteProbe);
      const ANSWER = `mutation($id: ID!, $c: ExAnteConclusion!, $o: String!, $v: Int!) { submitAgencyExAnte(projectId: $id, conclusion: $c, opinion: $o, version: $v) { id } }`;
      await refused(
        'agency-tianzheng',
        'NOT_FOUND',
        ANSWER,
        { id: big, c: 'NO_SUPPORT', o: '不同意立项', v: x1.version },
        exAnteProbe,
      );
      const short = await refused(
        'agency-xinhe',
        'BAD_USER_INPUT',
        ANSWER,
        { id: big, c: 'PARTIAL_SUPPORT', o: '同意', v: x1.version },
        exAnteProbe,
      );
      expect(short.extensions!.field).toBe('opinion');

      const xa = (await ok('agency-xinhe', EX_ANTE, { id: big })).node.exAnteAssessment;
      await ok('agency-xinhe', ANSWER, {
        id: big,
        c: 'PARTIAL_SUPPORT',
        o: '建设必要，但建设标准偏高，建议压缩至60万元以内',
        v: xa.version,
      });
      expect(await todo('agency-xinhe', 'EX_ANTE_TO_REASSESS')).toBe(0);
      // Answered by the agency: waiting for the performance section's conclusion again.
      expect(await todo('pes', 'EX_ANTE_TO_CONCLUDE')).toBe(concludeBefore);
      const x2 = (await ok('pes', EX_ANTE, { id: big })).node.exAnteAssessment;
      expect(x2).toMatchObject({
        status: 'AGENCY_REVIEWED',
        agencyConclusion: 'PARTIAL_SUPPORT',
        agencyOpinion: '建设必要，但建设标准偏高，建议压缩至60万元以内',
      });
      expect(x2.agencyReviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      await ok('pes', CONCLUDE.replace('SUPPORT', 'PARTIAL_SUPPORT'), { id: big, v: x2.version });
      const x3 = (await ok('unit-jyj', EX_ANTE, { id: big })).node.exAnteAssessment;
      expect(x3).toMatchObject({
        status: 'CONCLUDED',
        conclusion: 'PARTIAL_SUPPORT',
        agencyConclusion: 'PARTIAL_SUPPORT',
      });
    });
  });

  describe('the performance section stands in for classified units', () => {
    const REVIEW = `mutation($id: ID!, $v: Int!) { reviewMonitoringReport(id: $id, approve: true, version: $v) { status } }`;
    const reportProbe = `SELECT id, status, version FROM monitoring_report ORDER BY id`;
    const SUBMIT = `mutation($input: MonitoringReportInput!) { submitMonitoringReport(input: $input) { id status version } }`;

    async function mayReport(user: string) {
      const { projects } = await ok(
        user,
        `{ projects(first: 50, filter: { year: 2024 }) { edges { node { id budget budgetedOn indicators { id targetValue } } } } }`,
      );
      const p = projects.edges
        .map((e: any) => e.node)
        .find((x: any) => x.budgetedOn <= '2024-05-31' && x.indicators.length > 0);
      const actuals = p.indicators.map((i: any) => ({
        indicatorId: i.id,
        actualValue: i.targetValue,
        explanation: null,
      }));
      const executed = (Math.floor(Number(p.budget) * 50) / 100).toFixed(2);
      return (await ok(user, SUBMIT, { input: { checkpointId: (await may()).id, projectId: p.id, executed, actuals } }))
        .submitMonitoringReport;
    }
    let mayCheckpoint: any = null;
    async function may() {
      if (!mayCheckpoint) {
        const { checkpoints } = await ok('pes', `{ checkpoints(year: 2024) { id month scope status version } }`);
        mayCheckpoint = checkpoints.find((c: any) => c.month === 5 && c.scope === 'PROJECT');
        await ok('pes', `mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status } }`, {
          id: mayCheckpoint.id,
          v: mayCheckpoint.version,
        });
      }
      return mayCheckpoint;
    }

    it('a classified unit’s report is invisible to its business section and first-reviewed by the performance section', async () => {
      const before = await todo('pes', 'REPORTS_TO_REVIEW');
      const report = await mayReport('unit-gaj');
      expect(await todo('pes', 'REPORTS_TO_REVIEW')).toBe(before! + 1);
      expect(await todo('sec-xzzf', 'REPORTS_TO_REVIEW')).toBe(0);
      await refused('sec-xzzf', 'NOT_FOUND', REVIEW, { id: report.id, v: report.version }, reportProbe);
      // The performance section's queue: this checkpoint's submitted reports of classified units, filtered by the server.
      const QUEUE = `query($id: ID!, $c: Boolean) { node(id: $id) { ... on Checkpoint { reports(first: 50, status: SUBMITTED, classified: $c) { totalCount edges { node { id status } } } } } }`;
      const queue = (await ok('pes', QUEUE, { id: (await may()).id, c: true })).node.reports;
      expect(queue.edges.map((e: any) => e.node.id)).toEqual([report.id]);
      const [{ n }] = (
        await db.query(`SELECT count(*)::int AS n FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
        JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id WHERE c.year = 2024 AND c.month = 5 AND c.scope = 'PROJECT' AND r.status = 'SUBMITTED' AND NOT u.classified`)
      ).rows;
      expect((await ok('pes', QUEUE, { id: (await may()).id, c: false })).node.reports.totalCount).toBe(n);
      const { projects: gaj } = await ok(
        'pes',
        `{ projects(first: 100, filter: { year: 2024, classified: true }) { totalCount edges { node { unit { classified } } } } }`,
      );
      const [{ k }] = (
        await db.query(
          `SELECT count(*)::int AS k FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.year = 2024 AND u.classified`,
        )
      ).rows;
      expect(gaj.totalCount).toBe(k);
      expect(gaj.edges.every((e: any) => e.node.unit.classified)).toBe(true);
      expect((await ok('pes', REVIEW, { id: report.id, v: report.version })).reviewMonitoringReport.status).toBe(
        'REVIEWED',
      );
      expect(await todo('pes', 'REPORTS_TO_REVIEW')).toBe(before);
      const [audit] = (
        await db.query(
          `SELECT a.action, u.username FROM audit_log a JOIN app_user u ON u.id = a.user_id WHERE a.entity = 'MonitoringReport' ORDER BY a.id DESC LIMIT 1`,
        )
      ).rows;
      expect(audit).toEqual({ action: 'REVIEW', username: 'pes' });
    });

    it('lists the reports still missing at the open checkpoint, days overdue, and counts them in the to-dos', async () => {
      const cp = await may();
      const MISSING = `query($id: ID!, $after: String) { node(id: $id) { ... on Checkpoint { reportDue daysOverdue missingReports(first: 100, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { code unit { classified } } } } } } }`;
      const expected = async (classified: boolean) =>
        (
          await db.query(`SELECT p.code FROM project p JOIN unit u ON u.id = p.unit_id
        JOIN monitoring_checkpoint c ON c.id = (SELECT id FROM monitoring_checkpoint WHERE year = 2024 AND month = 5 AND scope = 'PROJECT')
        WHERE p.region_id = c.region_id AND p.year = 2024 AND p.target_status = 'APPROVED' AND p.budgeted_on <= c.period_end ${classified ? '' : 'AND NOT u.classified'}
          AND NOT EXISTS (SELECT 1 FROM monitoring_report r WHERE r.project_id = p.id AND r.checkpoint_id = c.id AND r.status <> 'DRAFT')
        ORDER BY p.code`)
        ).rows.map((r) => r.code);
      const all = await expected(true);
      expect(all.length).toBeGreaterThan(100);
      const codes: string[] = [];
      let after: string | null = null;
      let first: any;
      do {
        const page: any = (await ok('pes', MISSING, { id: cp.id, after })).node;
        first ??= page;
        codes.push(...page.missingReports.edges.map((e: any) => e.node.code));
        after = page.missingReports.pageInfo.hasNextPage ? page.missingReports.pageInfo.endCursor : null;
      } while (after);
      expect(codes).toEqual(all);
      expect(first.missingReports.totalCount).toBe(all.length);
      const [{ late }] = (
        await db.query(
          `SELECT current_date - report_due AS late FROM monitoring_checkpoint WHERE id = (SELECT id FROM monitoring_checkpoint WHERE year = 2024 AND month = 5 AND scope = 'PROJECT')`,
        )
      ).rows;
      // The past due date makes every one of them overdue for the performance section to chase.
      expect(late).toBeGreaterThan(0);
      expect(first.daysOverdue).toBe(late);
      expect(await todo('pes', 'REPORTS_OVERDUE')).toBe(all.length);
      // A business section sees its own units' missing reports, never a classified unit's.
      const section = (
        await ok(
          'sec-xzzf',
          `query($id: ID!) { node(id: $id) { ... on Checkpoint { missingReports(first: 100) { totalCount edges { node { unit { classified } } } } } } }`,
          { id: cp.id },
        )
      ).node.missingReports;
      expect(section.edges.every((e: any) => e.node.unit.classified === false)).toBe(true);
      const [{ n }] = (
        await db.query(
          `SELECT count(*)::int AS n FROM project p JOIN unit u ON u.id = p.unit_id JOIN section s ON s.id = u.supervising_section_id
        WHERE s.code = 'sec-xzzf' AND p.code = ANY($1) AND NOT u.classified`,
          [await expected(false)],
        )
      ).rows;
      expect(section.totalCount).toBe(n);
    });

    it('but not for other units: their first review stays with their section', async () => {
      const report = await mayReport('unit-jyj');
      const err = await refused('pes', 'FORBIDDEN', REVIEW, { id: report.id, v: report.version }, reportProbe);
      expect(err.message).toMatch(/涉密单位.*classified units/s);
      expect((await ok('sec-jkw', REVIEW, { id: report.id, v: report.version })).reviewMonitoringReport.status).toBe(
        'REVIEWED',
      );
    });
  });

  describe('a central transfer payment’s self-evaluation under 90', () => {
    it('goes back to the unit to rectify, counted in its to-dos, until a resubmission reaches 90; other funds are not sent back', async () => {
      const SELF = `mutation($id: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $id, input: $in) { status score grade rectificationRequired } }`;
      const LIST = `query($f: FundFamily!) { projects(first: 100, filter: { year: 2024, fundFamily: $f, targetStatus: APPROVED }) { edges { node { id code budget unit { code classified } evaluations { kind } } } } }`;
      const open = async (f: string) =>
        (await ok('pes', LIST, { f })).projects.edges
          .map((e: any) => e.node)
          .filter((x: any) => !x.unit.classified && !x.evaluations.some((e: any) => e.kind === 'SELF'));
      const general = await open('GENERAL_PUBLIC');
      // A unit with a transfer-payment project and a general one, neither self-evaluated yet.
      const p = (await open('TRANSFER_PAYMENT')).find((x: any) =>
        general.some((y: any) => y.unit.code === x.unit.code),
      );
      const g = general.find((y: any) => y.unit.code === p.unit.code);
      const user = `unit-${p.unit.code}`;
      t[user] = await login(ctx.graphqlUrl, user);
      const before = (await todo(user, 'SELF_EVALUATIONS_TO_RECTIFY')) ?? 0;
      const weak = (
        await ok(user, SELF, {
          id: p.id,
          in: { executed: p.budget, outputCompletion: 80, benefitCompletion: 80, satisfactionCompletion: 80 },
        })
      ).submitSelfEvaluation;
      expect(weak).toMatchObject({ status: 'DRAFT', rectificationRequired: true });
      expect(weak.score).toBeLessThan(90);
      expect(await todo(user, 'SELF_EVALUATIONS_TO_RECTIFY')).toBe(before + 1);
      // Not final: it is not in the year's grade distribution.
      const [{ n }] = (
        await db.query(
          `SELECT count(*)::int AS n FROM evaluation e JOIN project p ON p.id = e.project_id WHERE p.code = $1 AND e.status = 'FINAL'`,
          [p.code],
        )
      ).rows;
      expect(n).toBe(0);
      const fixed = (
        await ok(user, SELF, {
          id: p.id,
          in: {
            executed: p.budget,
            outputCompletion: 100,
            benefitCompletion: 95,
            satisfactionCompletion: 95,
            explanation: '整改后补充佐证材料',
          },
        })
      ).submitSelfEvaluation;
      expect(fixed).toMatchObject({ status: 'FINAL', rectificationRequired: false });
      expect(fixed.score).toBeGreaterThanOrEqual(90);
      expect(await todo(user, 'SELF_EVALUATIONS_TO_RECTIFY')).toBe(before);
      // A project of another fund scored as low is final at once.
      const low = (
        await ok(user, SELF, {
          id: g.id,
          in: { executed: g.budget, outputCompletion: 80, benefitCompletion: 80, satisfactionCompletion: 80 },
        })
      ).submitSelfEvaluation;
      expect(low).toMatchObject({ status: 'FINAL', score: weak.score, rectificationRequired: false });
    });
  });

  describe('comments per indicator when targets are returned', () => {
    it('each comment names its indicator, a stray one is refused, and the names outlive the unit’s revision', async () => {
      const INDICATORS = [
        {
          level1: 'OUTPUT',
          level2: '数量指标',
          name: '培训教师人次',
          comparator: 'GE',
          targetValue: '500',
          unitOfMeasure: '人次',
          weight: 60,
          isKey: true,
        },
        {
          level1: 'BENEFIT',
          level2: '社会效益指标',
          name: '教师培训合格率',
          comparator: 'GE',
          targetValue: '95',
          unitOfMeasure: '%',
          weight: 30,
        },
        {
          level1: 'SATISFACTION',
          level2: '服务对象满意度指标',
          name: '参训教师满意度',
          comparator: 'GE',
          targetValue: '90',
          unitOfMeasure: '%',
          weight: 10,
        },
      ];
      const p = (
        await ok(
          'unit-jyj',
          `mutation { createProject(input: { year: 2025, name: "2025年教师能力提升培训", fundFamily: GENERAL_PUBLIC, budget: "150000.00", kind: RECURRING }) { id version } }`,
        )
      ).createProject;
      const saved = (
        await ok(
          'unit-jyj',
          `mutation($id: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $id, indicators: $ind, version: $v) { version indicators { id name } } }`,
          { id: p.id, ind: INDICATORS, v: p.version },
        )
      ).saveTargets;
      const submitted = (
        await ok(
          'unit-jyj',
          `mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { version } }`,
          { id: p.id, v: saved.version },
        )
      ).submitTargets;
      const first = (
        await ok(
          'sec-jkw',
          `mutation($id: ID!, $v: Int!) { reviewTargetsFirst(projectId: $id, approve: true, version: $v) { version } }`,
          { id: p.id, v: submitted.version },
        )
      ).reviewTargetsFirst;
      const RETURN = `mutation($id: ID!, $v: Int!, $c: [IndicatorCommentInput!]!) { reviewTargets(projectId: $id, approve: false, indicatorComments: $c, version: $v) { targetStatus version } }`;
      const [other] = (
        await db.query(`SELECT id FROM project_indicator WHERE project_id <> (SELECT max(id) FROM project) LIMIT 1`)
      ).rows;
      const stray = await refused(
        'pes',
        'BAD_USER_INPUT',
        RETURN,
        {
          id: p.id,
          v: first.version,
          c: [
            { indicatorId: saved.indicators[1].id, comment: '合格率目标偏低，应不低于98%' },
            { indicatorId: Buffer.from(`Indicator:${other.id}`).toString('base64url'), comment: '无关' },
          ],
        },
        `SELECT target_status, version FROM project WHERE id = (SELECT max(id) FROM project)`,
      );
      expect(stray.extensions!.field).toBe('indicatorComments[1].indicatorId');
      const returned = (
        await ok('pes', RETURN, {
          id: p.id,
          v: first.version,
          c: [{ indicatorId: saved.indicators[1].id, comment: '合格率目标偏低，应不低于98%' }],
        })
      ).reviewTargets;
      expect(returned.targetStatus).toBe('RETURNED');
      // The unit revises: new indicator rows replace the old ones; the comment still says which it was about.
      await ok(
        'unit-jyj',
        `mutation($id: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $id, indicators: $ind, version: $v) { version } }`,
        {
          id: p.id,
          ind: INDICATORS.map((i) => (i.name === '教师培训合格率' ? { ...i, targetValue: '98' } : i)),
          v: returned.version,
        },
      );
      const { node } = await ok(
        'unit-jyj',
        `query($id: ID!) { node(id: $id) { ... on Project { targetReviews { stage outcome indicatorComments { indicatorId indicatorName comment } } } } }`,
        { id: p.id },
      );
      expect(node.targetReviews.at(-1)).toEqual({
        stage: 'PERFORMANCE',
        outcome: 'RETURNED',
        indicatorComments: [
          {
            indicatorId: saved.indicators[1].id,
            indicatorName: '教师培训合格率',
            comment: '合格率目标偏低，应不低于98%',
          },
        ],
      });
    });
  });

  describe('an adjustment after a confirmed report', () => {
    it('retires the old targets: kept for the confirmed report, gone from the project, its next report and the public page', async () => {
      const { checkpoints } = await ok('pes', `{ checkpoints(year: 2024) { id month scope status } }`);
      const may = checkpoints.find((c: any) => c.month === 5 && c.scope === 'PROJECT');
      expect(may.status).toBe('OPEN');
      // unit-jyj's report, passed by its section above, is confirmed by the performance section.
      const reviewed = (
        await ok(
          'pes',
          `query($id: ID!) { node(id: $id) { ... on Checkpoint { reports(first: 50, status: REVIEWED, classified: false) { edges { node { id version project { id code } } } } } } }`,
          { id: may.id },
        )
      ).node.reports.edges
        .map((e: any) => e.node)
        .find((r: any) => r.project.code.startsWith('2024-jyj-'));
      await ok('pes', `mutation($id: ID!, $v: Int!) { confirmMonitoringReport(id: $id, version: $v) { status } }`, {
        id: reviewed.id,
        v: reviewed.version,
      });
      const PROJECT = `query($id: ID!) { node(id: $id) { ... on Project { version targetStatus indicators { id name retiredOn } targetAdjustments { before { name } } } } }`;
      const p0 = (await ok('unit-jyj', PROJECT, { id: reviewed.project.id })).node;
      const proposed = [
        {
          level1: 'OUTPUT',
          level2: '数量指标',
          name: '调整后培训人次',
          comparator: 'GE',
          targetValue: '300',
          unitOfMeasure: '人次',
          weight: 60,
          isKey: true,
        },
        {
          level1: 'BENEFIT',
          level2: '社会效益指标',
          name: '调整后合格率',
          comparator: 'GE',
          targetValue: '95',
          unitOfMeasure: '%',
          weight: 40,
        },
      ];
      const id = (
        await ok(
          'unit-jyj',
          `mutation($p: ID!, $c: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { requestTargetAdjustment(projectId: $p, checkpointId: $c, indicators: $ind, reason: "年中政策调整，培训规模相应调减", version: $v) }`,
          { p: reviewed.project.id, c: may.id, ind: proposed, v: p0.version },
        )
      ).requestTargetAdjustment;
      await ok('pes', `mutation($id: ID!) { decideTargetAdjustment(id: $id, approve: true, version: 1) { id } }`, {
        id,
      });

      const p1 = (await ok('unit-jyj', PROJECT, { id: reviewed.project.id })).node;
      expect(p1.indicators.map((i: any) => [i.name, i.retiredOn])).toEqual([
        ['调整后培训人次', null],
        ['调整后合格率', null],
      ]);
      // The confirmed report still shows what it was about, marked retired.
      const actuals = (
        await ok(
          'pes',
          `query($id: ID!) { node(id: $id) { ... on MonitoringReport { status indicatorActuals { indicator { name retiredOn } } } } }`,
          { id: reviewed.id },
        )
      ).node;
      expect(actuals.status).toBe('CONFIRMED');
      expect(actuals.indicatorActuals.map((a: any) => a.indicator.name)).toEqual(p0.indicators.map((i: any) => i.name));
      expect(actuals.indicatorActuals.every((a: any) => /^\d{4}-\d{2}-\d{2}$/.test(a.indicator.retiredOn))).toBe(true);
      // The next adjustment starts from the current targets only.
      const again = (
        await ok(
          'unit-jyj',
          `mutation($p: ID!, $c: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { requestTargetAdjustment(projectId: $p, checkpointId: $c, indicators: $ind, reason: "再次调整：合格率目标提高至98%", version: $v) }`,
          {
            p: reviewed.project.id,
            c: may.id,
            ind: proposed.map((x) => (x.level1 === 'BENEFIT' ? { ...x, targetValue: '98' } : x)),
            v: p1.version,
          },
        )
      ).requestTargetAdjustment;
      expect(again).toBeTruthy();
      const p2 = (await ok('unit-jyj', PROJECT, { id: reviewed.project.id })).node;
      expect(p2.targetAdjustments[0].before.map((i: any) => i.name)).toEqual(['调整后培训人次', '调整后合格率']);
      await ok(
        'pes',
        `mutation($id: ID!) { decideTargetAdjustment(id: $id, approve: false, comment: "维持已批准的调整", version: 1) { id } }`,
        { id: again },
      );
      // Nothing retired is disclosed; the targets await disclosure again.
      const [{ published }] = (
        await db.query(`SELECT targets_published_on AS published FROM project WHERE code = $1`, [reviewed.project.code])
      ).rows;
      expect(published).toBeNull();
      await ok('pes', `mutation($ids: [ID!]!) { publishTargets(projectIds: $ids) }`, { ids: [reviewed.project.id] });
      const pub = (
        await gql(
          ctx.graphqlUrl,
          `{ publicDisclosures(year: 2024, first: 100, search: ${JSON.stringify(reviewed.project.code)}) { edges { node { code indicators { name } } } } }`,
        )
      ).data!.publicDisclosures;
      expect(pub.edges[0].node.indicators.map((i: any) => i.name)).toEqual(['调整后培训人次', '调整后合格率']);
    });
  });

  describe('what the publish and adjustment forms read', () => {
    it('pending adjustments, their before and after, and the targets awaiting publication again', async () => {
      const { projects } = await ok(
        'unit-jyj',
        `{ projects(first: 20, filter: { year: 2024, targetStatus: APPROVED }) { edges { node { id version targetsPublishedOn indicators { name } targetAdjustments { id } } } } }`,
      );
      // One of the demo's, published with the budget and never adjusted.
      const p = projects.edges.map((e: any) => e.node).find((x: any) => x.targetAdjustments.length === 0);
      expect(p.targetsPublishedOn).toMatch(/^2024-02-\d{2}$/);
      const { checkpoints } = await ok('pes', `{ checkpoints(year: 2024) { id month scope status } }`);
      const open = checkpoints.find((c: any) => c.status === 'OPEN');
      const proposed = [
        {
          level1: 'OUTPUT',
          level2: '数量指标',
          name: '调整后新增学位数',
          comparator: 'GE',
          targetValue: '300',
          unitOfMeasure: '个',
          weight: 60,
          isKey: true,
        },
        {
          level1: 'BENEFIT',
          level2: '社会效益指标',
          name: '适龄儿童入学率',
          comparator: 'GE',
          targetValue: '99',
          unitOfMeasure: '%',
          weight: 40,
        },
      ];
      const adjustmentsBefore = await todo('pes', 'ADJUSTMENTS_TO_DECIDE');
      const publishBefore = await todo('pes', 'TARGETS_TO_PUBLISH');
      await ok(
        'unit-jyj',
        `mutation($p: ID!, $c: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { requestTargetAdjustment(projectId: $p, checkpointId: $c, indicators: $ind, reason: "受用地审批影响，建设规模调减", version: $v) }`,
        { p: p.id, c: open.id, ind: proposed, v: p.version },
      );
      expect(await todo('pes', 'ADJUSTMENTS_TO_DECIDE')).toBe(adjustmentsBefore! + 1);

      const pending = (
        await ok(
          'pes',
          `{ projects(first: 20, filter: { adjustmentPending: true }) { edges { node { id targetAdjustments {
        id status version reason before { name weight targetValue } proposed { name weight targetValue isKey } checkpoint { month } requestedAt decidedOn } } } } }`,
        )
      ).projects.edges;
      expect(pending.map((e: any) => e.node.id)).toEqual([p.id]);
      const [a] = pending[0].node.targetAdjustments;
      expect(a).toMatchObject({
        status: 'PENDING',
        reason: '受用地审批影响，建设规模调减',
        checkpoint: { month: open.month },
        decidedOn: null,
      });
      expect(a.before.map((i: any) => i.name)).toEqual(p.indicators.map((i: any) => i.name));
      expect(a.proposed).toEqual([
        { name: '调整后新增学位数', weight: 60, targetValue: '300', isKey: true },
        { name: '适龄儿童入学率', weight: 40, targetValue: '99', isKey: null },
      ]);
      expect(a.requestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

      await ok(
        'pes',
        `mutation($id: ID!, $v: Int!) { decideTargetAdjustment(id: $id, approve: true, comment: "同意", version: $v) { id } }`,
        { id: a.id, v: a.version },
      );
      expect(await todo('pes', 'ADJUSTMENTS_TO_DECIDE')).toBe(adjustmentsBefore);
      expect(await todo('pes', 'TARGETS_TO_PUBLISH')).toBe(publishBefore! + 1);
      const unpublished = (
        await ok(
          'pes',
          `{ projects(first: 100, filter: { targetStatus: APPROVED, targetsPublished: false }) { totalCount edges { node { id targetsPublishedOn } } } }`,
        )
      ).projects;
      expect(unpublished.edges.map((e: any) => e.node.id)).toContain(p.id);
      expect(unpublished.edges.every((e: any) => e.node.targetsPublishedOn === null)).toBe(true);
      // The to-do leaves out classified units' projects (never published); the list shows them to the performance section.
      const [{ n }] = (
        await db.query(`SELECT count(*)::int AS n FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.target_status = 'APPROVED' AND p.targets_published_on IS NULL AND NOT u.classified`)
      ).rows;
      expect(await todo('pes', 'TARGETS_TO_PUBLISH')).toBe(n);
    });

    it('final evaluations by publication state, with their date', async () => {
      const published = (
        await ok(
          'pes',
          `{ evaluations(first: 100, filter: { year: 2022, status: FINAL, published: true }) { totalCount edges { node { status publishedOn } } } }`,
        )
      ).evaluations;
      const [{ n }] = (
        await db.query(
          `SELECT count(*)::int AS n FROM evaluation WHERE year = 2022 AND status = 'FINAL' AND published_on IS NOT NULL`,
        )
      ).rows;
      expect(published.totalCount).toBe(n);
      expect(
        published.edges.every((e: any) => e.node.status === 'FINAL' && /^\d{4}-\d{2}-\d{2}$/.test(e.node.publishedOn)),
      ).toBe(true);
      const waiting = (
        await ok('pes', `{ evaluations(first: 100, filter: { status: FINAL, published: false }) { totalCount } }`)
      ).evaluations;
      const [{ m }] = (
        await db.query(`SELECT count(*)::int AS m FROM evaluation WHERE status = 'FINAL' AND published_on IS NULL`)
      ).rows;
      expect(waiting.totalCount).toBe(m);
      const [{ k }] = (
        await db.query(`SELECT count(*)::int AS k FROM evaluation e JOIN unit u ON u.id = e.unit_id
        WHERE e.status = 'FINAL' AND e.published_on IS NULL AND NOT u.classified`)
      ).rows;
      expect(await todo('pes', 'EVALUATIONS_TO_PUBLISH')).toBe(k);
    });
  });
});
