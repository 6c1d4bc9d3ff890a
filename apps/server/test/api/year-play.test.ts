import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { summaryMismatches } from '../support/summaries.js';

// A year of work through HTTP with the demo users: unit → business section → performance section →
// agency → budget section; the analytics contract changes as the rules say; every illegal step is refused
// with a clear code and leaves the database unchanged.

describe('playing a year through the API', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const as = async (user: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(ctx.graphqlUrl, query, variables, t[user]);
  const ok = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(user, query, variables);
    expect(res.errors, `${user}: ${query.slice(0, 60)}`).toBeUndefined();
    return res.data as any;
  };
  /** Asserts the call is refused with `code` and that the rows read by `probe` did not change. */
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

  beforeAll(async () => {
    for (const u of [
      'pes',
      'budget',
      'sec-jkw',
      'sec-xzzf',
      'unit-jyj',
      'unit-wjw',
      'agency-xinhe',
      'agency-tianzheng',
    ])
      t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
  });
  // Issue 16 §2: after every step, each analytics summary equals its figure from the raw rows, to the fen.
  afterEach(async () => expect(await summaryMismatches(db)).toEqual([]));
  afterAll(async () => {
    await db?.end();
  });

  const state: Record<string, any> = {};

  describe('monitoring at the end of May 2024', () => {
    it('the performance section opens the checkpoint', async () => {
      const { checkpoints } = await ok('pes', `{ checkpoints(year: 2024) { id month scope status version } }`);
      state.may = checkpoints.find((c: any) => c.month === 5 && c.scope === 'PROJECT');
      expect(state.may.status).toBe('PLANNED');
      const { openCheckpoint } = await ok(
        'pes',
        `mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status } }`,
        { id: state.may.id, v: state.may.version },
      );
      expect(openCheckpoint.status).toBe('OPEN');
    });

    it('a unit reports a lagging project: 10% executed, indicators on plan', async () => {
      const { projects } = await ok(
        'unit-jyj',
        `{ projects(first: 50, filter: { year: 2024 }) { edges { node { id budget budgetedOn indicators { id comparator targetValue unitOfMeasure } } } } }`,
      );
      state.project = projects.edges
        .map((e: any) => e.node)
        .find((p: any) => p.budgetedOn <= '2024-05-31' && p.indicators.length > 0);
      const executed = (Math.floor(Number(state.project.budget) * 10) / 100).toFixed(2);
      const actuals = state.project.indicators.map((i: any) => ({
        indicatorId: i.id,
        actualValue: i.targetValue,
        explanation: null,
      }));
      state.report = (
        await ok(
          'unit-jyj',
          `mutation($input: MonitoringReportInput!) { submitMonitoringReport(input: $input) { id status version executed } }`,
          { input: { checkpointId: state.may.id, projectId: state.project.id, executed, actuals } },
        )
      ).submitMonitoringReport;
      expect(state.report).toMatchObject({ status: 'SUBMITTED', executed });
    });

    const reportProbe = () => `SELECT status, version, executed::text FROM monitoring_report ORDER BY id DESC LIMIT 1`;
    const REVIEW = `mutation($id: ID!, $a: Boolean!, $c: String!, $v: Int!) { reviewMonitoringReport(id: $id, approve: $a, comment: $c, version: $v) { status version } }`;
    const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmMonitoringReport(id: $id, version: $v) { status failed version } }`;

    it.each([
      ['the unit reviewing its own report', 'unit-jyj', 'FORBIDDEN'],
      ['a business section that does not supervise the unit', 'sec-xzzf', 'NOT_FOUND'],
      ['an agency', 'agency-xinhe', 'FORBIDDEN'],
    ])('refuses the first review by %s', async (_n, user, code) => {
      await refused(
        user,
        code,
        REVIEW,
        { id: state.report.id, a: true, c: '', v: state.report.version },
        reportProbe(),
      );
    });

    it('refuses to confirm a report that has not been reviewed', async () => {
      await refused(
        'pes',
        'INVALID_TRANSITION',
        CONFIRM,
        { id: state.report.id, v: state.report.version },
        reportProbe(),
      );
    });

    it('refuses a second submission of the same report', async () => {
      const err = await refused(
        'unit-jyj',
        'INVALID_TRANSITION',
        `mutation($input: MonitoringReportInput!) { submitMonitoringReport(input: $input) { id } }`,
        {
          input: {
            checkpointId: state.may.id,
            projectId: state.project.id,
            executed: '1.00',
            actuals: [],
            version: state.report.version,
          },
        },
        reportProbe(),
      );
      expect(err.message).toMatch(/SUBMITTED/);
    });

    it('two conflicting reviews at once: one succeeds, the other gets CONFLICT', async () => {
      const [a, b] = await Promise.all([
        as('sec-jkw', REVIEW, { id: state.report.id, a: true, c: '同意', v: state.report.version }),
        as('sec-jkw', REVIEW, {
          id: state.report.id,
          a: false,
          c: '执行进度说明不足，请补充',
          v: state.report.version,
        }),
      ]);
      const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const winner = [a, b].find((r) => !r.errors)!.data!.reviewMonitoringReport;
      if (winner.status === 'DRAFT') {
        // The return won: the unit resubmits and the section passes it.
        const resubmitted = (
          await ok(
            'unit-jyj',
            `mutation($input: MonitoringReportInput!) { submitMonitoringReport(input: $input) { version } }`,
            {
              input: {
                checkpointId: state.may.id,
                projectId: state.project.id,
                executed: state.report.executed,
                version: winner.version,
                actuals: state.project.indicators.map((i: any) => ({ indicatorId: i.id, actualValue: i.targetValue })),
              },
            },
          )
        ).submitMonitoringReport;
        state.report.version = (
          await ok('sec-jkw', REVIEW, { id: state.report.id, a: true, c: '', v: resubmitted.version })
        ).reviewMonitoringReport.version;
      } else {
        state.report.version = winner.version;
      }
    });

    it('on confirmation the rules fail the project (10% < 5/12) and raise a yellow flag; the figures follow', async () => {
      const before = await ok('pes', `{ flagSummary(year: 2024, month: 5) { yellow newYellow } }`);
      expect(before.flagSummary).toEqual({ yellow: 0, newYellow: 0 });
      const { confirmMonitoringReport } = await ok('pes', CONFIRM, { id: state.report.id, v: state.report.version });
      expect(confirmMonitoringReport).toMatchObject({ status: 'CONFIRMED', failed: true });
      const after = await ok(
        'pes',
        `{ flagSummary(year: 2024, month: 5) { yellow red newYellow } executionSummary(year: 2024, month: 5) { projectCount executed } }`,
      );
      expect(after.flagSummary).toEqual({ yellow: 1, red: 0, newYellow: 1 });
      expect(after.executionSummary[0]).toMatchObject({ projectCount: 1, executed: state.report.executed });
      const section = await ok('sec-jkw', `{ flagSummary(year: 2024, month: 5) { yellow } }`);
      expect(section.flagSummary.yellow).toBe(1);
      const other = await ok('sec-xzzf', `{ flagSummary(year: 2024, month: 5) { yellow } }`);
      expect(other.flagSummary.yellow).toBe(0);
    });

    it('the unit plans and evidences the rectification; the performance section closes the flag (销号)', async () => {
      const { node } = await ok(
        'unit-jyj',
        `query($id: ID!) { node(id: $id) { ... on Project { flags { id level status version } } } }`,
        { id: state.project.id },
      );
      const flag = node.flags[0];
      expect(flag).toMatchObject({ level: 'YELLOW', status: 'OPEN' });
      const flagProbe = `SELECT status, version, evidence FROM flag ORDER BY id DESC LIMIT 1`;
      const CLOSE = `mutation($id: ID!, $v: Int!) { closeFlag(id: $id, version: $v) { status version } }`;
      await refused('pes', 'BAD_USER_INPUT', CLOSE, { id: flag.id, v: flag.version }, flagProbe);
      const planned = (
        await ok(
          'unit-jyj',
          `mutation($id: ID!, $v: Int!) { setFlagPlan(id: $id, ownerName: "王芳", rectificationPlan: "按月调度资金拨付，6月底前完成合同付款", version: $v) { version } }`,
          { id: flag.id, v: flag.version },
        )
      ).setFlagPlan;
      await refused(
        'unit-jyj',
        'CONFLICT',
        `mutation($id: ID!, $v: Int!) { addFlagEvidence(id: $id, evidence: "x", version: $v) { version } }`,
        { id: flag.id, v: flag.version },
        flagProbe,
      );
      const evidenced = (
        await ok(
          'unit-jyj',
          `mutation($id: ID!, $v: Int!) { addFlagEvidence(id: $id, evidence: "6月资金支付凭证", version: $v) { version } }`,
          { id: flag.id, v: planned.version },
        )
      ).addFlagEvidence;
      await refused('unit-jyj', 'FORBIDDEN', CLOSE, { id: flag.id, v: evidenced.version }, flagProbe);
      const closed = (await ok('pes', CLOSE, { id: flag.id, v: evidenced.version })).closeFlag;
      expect(closed.status).toBe('CLOSED');
      await refused('pes', 'INVALID_TRANSITION', CLOSE, { id: flag.id, v: closed.version }, flagProbe);
      const { node: after } = await ok(
        'unit-jyj',
        `query($id: ID!) { node(id: $id) { ... on Flag { events { kind } } } }`,
        { id: flag.id },
      );
      expect(after.events.map((e: any) => e.kind)).toEqual(['RAISED', 'PLAN_SET', 'EVIDENCE_ADDED', 'CLOSED']);
    });

    it('keeps an audit entry of each change, with before and after, readable by the performance section', async () => {
      const { auditLog } = await ok(
        'pes',
        `{ auditLog(first: 50, filter: { entity: "MonitoringReport" }) { edges { node { action username before after } } } }`,
      );
      const actions = auditLog.edges.map((e: any) => e.node.action);
      expect(actions).toEqual(expect.arrayContaining(['SUBMIT', 'REVIEW', 'CONFIRM']));
      const confirm = auditLog.edges.find((e: any) => e.node.action === 'CONFIRM').node;
      expect(confirm).toMatchObject({ username: 'pes', before: { status: 'REVIEWED' } });
      expect(confirm.after).toMatchObject({ status: 'CONFIRMED', failed: true, flagAction: 'RAISE_YELLOW' });
      await refused('sec-jkw', 'FORBIDDEN', `{ auditLog(first: 1) { totalCount } }`, {}, `SELECT 1`);
    });
  });

  describe('targets of a new project for 2025, with its ex-ante assessment', () => {
    const projectProbe = () => `SELECT target_status, version FROM project WHERE year = 2025 ORDER BY id`;
    const INDICATORS = [
      {
        level1: 'OUTPUT',
        level2: '数量指标',
        name: '新增学位数',
        comparator: 'GE',
        targetValue: '360',
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
        weight: 30,
      },
      {
        level1: 'SATISFACTION',
        level2: '服务对象满意度指标',
        name: '家长满意度',
        comparator: 'GE',
        targetValue: '90',
        unitOfMeasure: '%',
        weight: 10,
      },
    ];

    it('the unit creates the project and its targets fail the checks until they are complete', async () => {
      state.p25 = (
        await ok(
          'unit-jyj',
          `mutation { createProject(input: { year: 2025, name: "2025年城区小学扩容建设", fundFamily: GENERAL_PUBLIC, budget: "612345.60", kind: NEW }) { id version targetStatus } }`,
        )
      ).createProject;
      expect(state.p25.targetStatus).toBe('DRAFT');
      const err = await refused(
        'unit-jyj',
        'BAD_USER_INPUT',
        `mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { id } }`,
        { id: state.p25.id, v: state.p25.version },
        projectProbe(),
      );
      expect(err.message).toMatch(/产出指标.*output indicator/s);
      const SAVE = `mutation($id: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $id, indicators: $ind, version: $v) { version } }`;
      const malformed = await refused(
        'unit-jyj',
        'BAD_USER_INPUT',
        SAVE,
        { id: state.p25.id, ind: [INDICATORS[0], { ...INDICATORS[2], targetValue: null }], v: state.p25.version },
        `SELECT count(*) FROM project_indicator`,
      );
      expect(malformed.extensions!.fields.map((f: any) => f.field)).toEqual(['indicators[1].targetValue']);
      const saved = (
        await ok('unit-jyj', SAVE, {
          id: state.p25.id,
          ind: [{ ...INDICATORS[0], weight: 50 }, INDICATORS[2]],
          v: state.p25.version,
        })
      ).saveTargets;
      const err2 = await refused(
        'unit-jyj',
        'BAD_USER_INPUT',
        `mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { id } }`,
        { id: state.p25.id, v: saved.version },
        projectProbe(),
      );
      // No benefit indicator, and the weights add up to 60.
      expect(err2.extensions!.fields.map((f: any) => f.field)).toEqual(['indicators', 'indicators']);
      expect(err2.message).toMatch(/效益指标.*权重合计须为100.*benefit indicator.*add up to 100/s);
      const fixed = (
        await ok(
          'unit-jyj',
          `mutation($id: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $id, indicators: $ind, version: $v) { version } }`,
          { id: state.p25.id, ind: INDICATORS, v: saved.version },
        )
      ).saveTargets;
      state.p25 = (
        await ok(
          'unit-jyj',
          `mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { id version targetStatus } }`,
          { id: state.p25.id, v: fixed.version },
        )
      ).submitTargets;
      expect(state.p25.targetStatus).toBe('SUBMITTED');
    });

    const APPROVE = `mutation($id: ID!, $v: Int!) { reviewTargets(projectId: $id, approve: true, score: 92, version: $v) { targetStatus version } }`;

    it('the performance section cannot approve before the first review', async () => {
      await refused('pes', 'INVALID_TRANSITION', APPROVE, { id: state.p25.id, v: state.p25.version }, projectProbe());
    });

    it('after the first review, a new project still needs ex-ante "support" to be funded', async () => {
      state.p25 = (
        await ok(
          'sec-jkw',
          `mutation($id: ID!, $v: Int!) { reviewTargetsFirst(projectId: $id, approve: true, version: $v) { id version targetStatus } }`,
          { id: state.p25.id, v: state.p25.version },
        )
      ).reviewTargetsFirst;
      expect(state.p25.targetStatus).toBe('FIRST_REVIEWED');
      const err = await refused(
        'pes',
        'INVALID_TRANSITION',
        APPROVE,
        { id: state.p25.id, v: state.p25.version },
        projectProbe(),
      );
      expect(err.message).toMatch(/事前绩效评估/);
    });

    it('the ex-ante assessment runs unit → business section → performance section; then the targets are approved and locked', async () => {
      const filing = {
        necessity: '城区学位缺口较大，群众入学需求迫切。',
        feasibility: '用地已落实，设计方案已批复。',
        targetReasonableness: '新增学位与资金规模匹配，指标可衡量。',
        fundingPlan: '县级财政一次性安排，年内支付完毕。',
        attachmentNames: ['事前绩效评估报告.pdf'],
      };
      await ok(
        'unit-jyj',
        `mutation($id: ID!, $in: ExAnteInput!) { submitExAnteAssessment(projectId: $id, input: $in) { id } }`,
        { id: state.p25.id, in: filing },
      );
      const x1 = (
        await ok(
          'sec-jkw',
          `query($id: ID!) { node(id: $id) { ... on Project { exAnteAssessment { status version } } } }`,
          { id: state.p25.id },
        )
      ).node.exAnteAssessment;
      expect(x1.status).toBe('SUBMITTED');
      await ok(
        'sec-jkw',
        `mutation($id: ID!, $v: Int!) { reviewExAnteAssessment(projectId: $id, opinion: "必要性充分，同意", version: $v) { id } }`,
        { id: state.p25.id, v: x1.version },
      );
      const x2 = (
        await ok('pes', `query($id: ID!) { node(id: $id) { ... on Project { exAnteAssessment { version } } } }`, {
          id: state.p25.id,
        })
      ).node.exAnteAssessment;
      await ok(
        'pes',
        `mutation($id: ID!, $v: Int!) { concludeExAnteAssessment(projectId: $id, score: 86.5, conclusion: SUPPORT, version: $v) { id } }`,
        { id: state.p25.id, v: x2.version },
      );
      const before = (await ok('pes', `{ targetSummary(year: 2025) { projectCount exAnteProjectCount exAnteBudget } }`))
        .targetSummary;
      expect(before).toEqual({ projectCount: 0, exAnteProjectCount: 0, exAnteBudget: '0.00' });
      state.p25 = {
        ...state.p25,
        ...(await ok('pes', APPROVE, { id: state.p25.id, v: state.p25.version })).reviewTargets,
      };
      expect(state.p25.targetStatus).toBe('APPROVED');
      const after = (
        await ok('pes', `{ targetSummary(year: 2025) { projectCount budget exAnteProjectCount exAnteBudget } }`)
      ).targetSummary;
      expect(after).toEqual({ projectCount: 1, budget: '612345.60', exAnteProjectCount: 1, exAnteBudget: '612345.60' });
      await refused(
        'unit-jyj',
        'INVALID_TRANSITION',
        `mutation($id: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $id, indicators: $ind, version: $v) { version } }`,
        { id: state.p25.id, ind: INDICATORS, v: state.p25.version },
        `SELECT name FROM project_indicator ORDER BY id DESC LIMIT 5`,
      );
    });

    it('another unit cannot touch the project: it does not exist for it', async () => {
      await refused(
        'unit-wjw',
        'NOT_FOUND',
        `mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { id } }`,
        { id: state.p25.id, v: state.p25.version },
        projectProbe(),
      );
    });
  });

  describe('evaluation of 2024 and the result application', () => {
    it('a weak self-evaluation is graded 中 by the rules, and the budget section decides the cut', async () => {
      const p = state.project;
      const executed = (Number(p.budget) * 0.7).toFixed(2);
      const { submitSelfEvaluation } = await ok(
        'unit-jyj',
        `mutation($id: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $id, input: $in) { score grade caps { code applied } } }`,
        {
          id: p.id,
          in: {
            executed,
            outputCompletion: 70,
            benefitCompletion: 70,
            satisfactionCompletion: 80,
            explanation: '部分任务未完成',
          },
        },
      );
      // 10 × 0.70 + 50 × 0.70 + 30 × 0.70 + 10 × 0.80 = 7 + 35 + 21 + 8 = 71
      expect(submitSelfEvaluation).toMatchObject({ score: 71, grade: 'MEDIUM' });
      const dist = (await ok('pes', `{ gradeDistribution(year: 2024, kind: SELF) { total buckets { grade count } } }`))
        .gradeDistribution;
      expect(dist.total).toBe(1);
      expect(dist.buckets.find((b: any) => b.grade === 'MEDIUM').count).toBe(1);
      expect((await ok('pes', `mutation { proposeCuts(year: 2024) }`)).proposeCuts).toBe(1);
      expect((await ok('pes', `mutation { proposeCuts(year: 2024) }`)).proposeCuts).toBe(0);
      const { node } = await ok(
        'budget',
        `query($id: ID!) { node(id: $id) { ... on Project { resultApplications { id grade proposedCut baseBudget status version } } } }`,
        { id: p.id },
      );
      const ra = node.resultApplications[0];
      const tenth = (BigInt(Math.round(Number(p.budget) * 100)) * 10n + 50n) / 100n;
      expect(BigInt(ra.proposedCut.replace('.', ''))).toBe(tenth);
      const raProbe = `SELECT status, version, accepted_cut FROM result_application ORDER BY id DESC LIMIT 1`;
      const DECIDE = `mutation($id: ID!, $c: Decimal!, $r: String!, $v: Int!) { decideCut(id: $id, acceptedCut: $c, reason: $r, version: $v) { status acceptedCut } }`;
      await refused('budget', 'BAD_USER_INPUT', DECIDE, { id: ra.id, c: '1.00', r: '', v: ra.version }, raProbe);
      await refused('pes', 'FORBIDDEN', DECIDE, { id: ra.id, c: ra.proposedCut, r: '', v: ra.version }, raProbe);
      const decided = (await ok('budget', DECIDE, { id: ra.id, c: '1000.00', r: '民生项目，适度压减', v: ra.version }))
        .decideCut;
      expect(decided).toEqual({ status: 'ADJUSTED', acceptedCut: '1000.00' });
    });

    it('a key evaluation: assigned to an agency, scored by it, fixed by the expert panel', async () => {
      const { agencies } = await ok('pes', `{ agencies { id code } }`);
      const xinhe = agencies.find((a: any) => a.code === 'xinhe');
      const { assignKeyEvaluation } = await ok(
        'pes',
        `mutation($p: ID!, $a: ID!) { assignKeyEvaluation(projectId: $p, agencyId: $a) { id version status } }`,
        { p: state.project.id, a: xinhe.id },
      );
      const SUBMIT = `mutation($id: ID!, $v: Int!) { submitKeyEvaluation(id: $id, score: 88.5, reportName: "重点评价报告.pdf", findings: [{ category: "资金管理", text: "资金支付滞后" }, { category: "项目管理", text: "档案不全" }], version: $v) { status version } }`;
      const probe = `SELECT status, version, score FROM evaluation WHERE kind = 'KEY' ORDER BY id DESC LIMIT 1`;
      await refused(
        'agency-tianzheng',
        'NOT_FOUND',
        SUBMIT,
        { id: assignKeyEvaluation.id, v: assignKeyEvaluation.version },
        probe,
      );
      const submitted = (
        await ok('agency-xinhe', SUBMIT, { id: assignKeyEvaluation.id, v: assignKeyEvaluation.version })
      ).submitKeyEvaluation;
      // The expert panel does not uphold the second finding; a finding of another evaluation is refused by its place.
      const findings = (
        await ok('pes', `query($id: ID!) { node(id: $id) { ... on Evaluation { findings { id text upheld } } } }`, {
          id: assignKeyEvaluation.id,
        })
      ).node.findings;
      expect(findings.map((f: any) => f.upheld)).toEqual([true, true]);
      const [other] = (
        await db.query(
          `SELECT f.id FROM evaluation_finding f JOIN evaluation e ON e.id = f.evaluation_id WHERE e.year = 2022 LIMIT 1`,
        )
      ).rows;
      const FINALIZE = `mutation($id: ID!, $v: Int!, $no: [ID!]!) { finalizeEvaluation(id: $id, expertScore: 91, version: $v, notUpheldFindingIds: $no) { grade expertScore status findings { text upheld } } }`;
      const stray = await refused(
        'pes',
        'BAD_USER_INPUT',
        FINALIZE,
        {
          id: assignKeyEvaluation.id,
          v: submitted.version,
          no: [findings[1].id, Buffer.from(`Finding:${other.id}`).toString('base64url')],
        },
        `SELECT e.status, e.version, f.upheld FROM evaluation e JOIN evaluation_finding f ON f.evaluation_id = e.id WHERE e.kind = 'KEY' ORDER BY f.id DESC LIMIT 2`,
      );
      expect(stray.extensions!.field).toBe('notUpheldFindingIds[1]');
      const { finalizeEvaluation } = await ok('pes', FINALIZE, {
        id: assignKeyEvaluation.id,
        v: submitted.version,
        no: [findings[1].id],
      });
      expect(finalizeEvaluation).toEqual({
        grade: 'EXCELLENT',
        expertScore: 91,
        status: 'FINAL',
        findings: [
          { text: '资金支付滞后', upheld: true },
          { text: '档案不全', upheld: false },
        ],
      });
      const key = (await ok('pes', `{ gradeDistribution(year: 2024, kind: KEY) { total findings } }`))
        .gradeDistribution;
      expect(key).toEqual({ total: 1, findings: 2 });
      const own = (await ok('agency-xinhe', `{ evaluations(first: 100, filter: { year: 2024 }) { totalCount } }`))
        .evaluations;
      expect(own.totalCount).toBe(1);
    });
  });
});
