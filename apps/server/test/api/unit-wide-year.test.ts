import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { summaryMismatches } from '../support/summaries.js';

// Issue 13 §1: one unit's unit-wide (部门整体) year of 2024 played over HTTP — targets from the library of its
// region (first review by its business section, approval by the performance section), the June unit-wide
// checkpoint, the self-evaluation, the finance bureau's evaluation — and targetSummary, flagSummary and
// gradeDistribution(UNIT_WIDE) move by exactly what the rules give, computed here on their own.

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const YEAR = 2024;
const BUDGET = '12345678.90';
const BUDGET_FEN = 1234567890n;

const FIELDS = `id year unitName budget status selfScore selfExecuted evaluationId version
  indicators { id name comparator targetValue unitOfMeasure weight isKey templateId }
  reports { id status budget executed failed failureReasons version }
  flags { id level status deadline version }`;
const SAVE = `mutation($y: Int!, $b: Decimal!, $i: [IndicatorDraftInput!]!, $v: Int!) {
  saveUnitWideTargets(year: $y, budget: $b, indicators: $i, version: $v) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitUnitWideTargets(id: $id, version: $v) { ${FIELDS} } }`;
const FIRST = `mutation($id: ID!, $a: Boolean!, $c: String!, $v: Int!) {
  reviewUnitWideTargetsFirst(id: $id, approve: $a, comment: $c, version: $v) { ${FIELDS} } }`;
const REVIEW = `mutation($id: ID!, $a: Boolean!, $c: String!, $s: Float, $n: Int, $v: Int!) {
  reviewUnitWideTargets(id: $id, approve: $a, comment: $c, score: $s, issueCount: $n, version: $v) { ${FIELDS} } }`;
const REPORT = `mutation($id: ID!, $cp: ID!, $e: Decimal!, $a: [UnitWideActualInput!]!, $v: Int!) {
  reportUnitWideMonitoring(id: $id, checkpointId: $cp, executed: $e, actuals: $a, version: $v) { ${FIELDS} } }`;
const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmUnitWideReport(reportId: $id, version: $v) { ${FIELDS} } }`;
const SELF = `mutation($id: ID!, $in: UnitWideSelfInput!, $v: Int!) {
  submitUnitWideSelfEvaluation(id: $id, input: $in, version: $v) { ${FIELDS} } }`;
const EVALUATE = `mutation($id: ID!, $s: Decimal!, $v: Int!) { evaluateUnitWide(id: $id, score: $s, version: $v) { ${FIELDS} } }`;
const CLOSE_FLAG = `mutation($id: ID!, $v: Int!) { closeUnitWideFlag(flagId: $id, version: $v) { ${FIELDS} } }`;
const FIGURES = `query($y: Int!) {
  targetSummary(year: $y) { unitWideReviewedCount unitWideReturnedCount unitWideIssueCount }
  flagSummary(year: $y, month: 6) { yellow red newYellow escalatedToRed closed }
  gradeDistribution(year: $y, kind: UNIT_WIDE) { total budget buckets { grade count } } }`;

describe('a unit-wide year, played by the unit, its section and the performance section', () => {
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
  const PROBE = `SELECT t.status, t.version, t.budget::text, t.self_score::text,
      (SELECT count(*) FROM unit_wide_indicator i WHERE i.target_id = t.id) AS indicators,
      (SELECT count(*) FROM target_review r WHERE r.subject = 'UNIT_WIDE' AND r.year = ${YEAR}) AS reviews,
      (SELECT count(*) FROM unit_wide_report) AS reports, (SELECT count(*) FROM unit_wide_flag) AS flags,
      (SELECT count(*) FROM evaluation WHERE kind = 'UNIT_WIDE') AS evaluations,
      (SELECT count(*) FROM audit_log) AS audits
    FROM unit_wide_target t`;
  /** Refused with `code` (and `field`), nothing stored changed. */
  const refused = async (
    user: string,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field: string | null = null,
  ) => {
    const before = (await db.query(PROBE)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
    if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
    expect((await db.query(PROBE)).rows).toEqual(before);
    return res.errors![0]!;
  };
  /** One to-do of a user's list: its count and how many are overdue. */
  const todo = async (user: string, kind: string) => {
    const { todos } = await ok(user, `{ todos { kind count overdue } }`);
    const found = todos.find((x: any) => x.kind === kind);
    expect(found, `${user} has no to-do ${kind}`).toBeDefined();
    return { count: found.count, overdue: found.overdue };
  };
  const figures = async () => (await ok('pes', FIGURES, { y: YEAR })) as any;

  const s: Record<string, any> = {};

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const [unit] = (
      await db.query(
        `SELECT u.id, s.code AS section FROM unit u JOIN section s ON s.id = u.supervising_section_id
          WHERE u.id = (SELECT unit_id FROM app_user WHERE username = 'unit-jyj')`,
      )
    ).rows;
    s.unitId = unit.id;
    s.section = unit.section;
    for (const u of ['pes', 'unit-jyj', 'unit-wjw', s.section, 'leader']) t[u] = await login(ctx.graphqlUrl, u);
    s.other = (
      await db.query(`SELECT code FROM section WHERE kind = 'BUSINESS' AND code <> $1 LIMIT 1`, [s.section])
    ).rows[0].code;
    t[s.other] = await login(ctx.graphqlUrl, s.other);
    // A library output indicator (a count, so it accrues over the year) and a template not yet in the 2024 library.
    s.template = (
      await db.query(
        `SELECT id, level2, name FROM indicator_template WHERE level1 = 'OUTPUT' AND comparator = 'GE' AND unit_of_measure = '个'
            AND from_year <= ${YEAR} AND retired_from IS NULL ORDER BY id LIMIT 1`,
      )
    ).rows[0];
    s.future = (
      await db.query(
        `INSERT INTO indicator_template (group_id, code, region_id, level1, level2, name, comparator, unit_of_measure, reference_value,
                                         quantitative, from_year)
         SELECT group_id, code, region_id, level1, level2, name || '（2025版）', comparator, unit_of_measure, reference_value,
                quantitative, 2025
           FROM indicator_template WHERE id = $1 RETURNING id`,
        [s.template.id],
      )
    ).rows[0].id;
    s.before = await figures();
    s.hadReview =
      (
        await db.query(
          `SELECT 1 FROM target_review WHERE subject = 'UNIT_WIDE' AND stage = 'PERFORMANCE' AND year = $1 AND unit_id = $2`,
          [YEAR, s.unitId],
        )
      ).rows.length > 0;
  });
  // Issue 16 §2: the analytics summaries (targets among them) stay exact after every step.
  afterEach(async () => expect(await summaryMismatches(db)).toEqual([]));
  afterAll(async () => {
    await db?.end();
  });

  const indicators = (output = '120') => [
    {
      templateId: gid('IndicatorTemplate', s.template.id),
      level1: 'OUTPUT',
      level2: s.template.level2,
      name: s.template.name,
      comparator: 'GE',
      targetValue: output,
      unitOfMeasure: '个',
      weight: 40,
      isKey: true,
    },
    {
      level1: 'BENEFIT',
      level2: '社会效益',
      name: '义务教育巩固率',
      comparator: 'GE',
      targetValue: '95',
      unitOfMeasure: '%',
      weight: 40,
      isKey: true,
    },
    {
      level1: 'SATISFACTION',
      level2: '服务对象满意度',
      name: '家长满意度',
      comparator: 'GE',
      targetValue: '90',
      unitOfMeasure: '%',
      weight: 20,
      isKey: false,
    },
  ];

  it('the unit drafts its targets from the library of its region; others may not, nor from another year’s library', async () => {
    await refused(s.section, SAVE, { y: YEAR, b: BUDGET, i: indicators(), v: 0 }, 'FORBIDDEN');
    const future = indicators();
    future[0]!.templateId = gid('IndicatorTemplate', s.future);
    await refused(
      'unit-jyj',
      SAVE,
      { y: YEAR, b: BUDGET, i: future, v: 0 },
      'BAD_USER_INPUT',
      'indicators[0].templateId',
    );
    const weightless = indicators();
    weightless[1]!.targetValue = '进一步提高';
    await refused('unit-jyj', SAVE, { y: YEAR, b: BUDGET, i: weightless, v: 0 }, 'BAD_USER_INPUT');
    await refused('unit-jyj', SAVE, { y: YEAR, b: '0.00', i: indicators(), v: 0 }, 'BAD_USER_INPUT', 'budget');
    const saved = (await ok('unit-jyj', SAVE, { y: YEAR, b: BUDGET, i: indicators('100'), v: 0 })).saveUnitWideTargets;
    expect(saved).toMatchObject({ year: YEAR, budget: BUDGET, status: 'DRAFT', version: 2 });
    expect(saved.indicators.map((i: any) => [i.name, i.targetValue, i.isKey])).toEqual([
      [s.template.name, '100.0000', true],
      ['义务教育巩固率', '95.0000', true],
      ['家长满意度', '90.0000', false],
    ]);
    // The second save replaces the draft; a stale version is a conflict.
    await refused('unit-jyj', SAVE, { y: YEAR, b: BUDGET, i: indicators(), v: 1 }, 'CONFLICT', 'version');
    s.t = (await ok('unit-jyj', SAVE, { y: YEAR, b: BUDGET, i: indicators(), v: saved.version })).saveUnitWideTargets;
    expect(s.t.indicators[0].targetValue).toBe('120.0000');
    expect(await todo('unit-jyj', 'UNIT_WIDE_TARGETS_TO_REVISE')).toEqual({ count: 1, overdue: 0 });
    // Another unit does not see it.
    expect((await ok('unit-wjw', `{ unitWideTargets(year: ${YEAR}) { id } }`)).unitWideTargets).toEqual([]);
  });

  it('first review by its business section, approval by the performance section; returns are counted', async () => {
    s.t = (await ok('unit-jyj', SUBMIT, { id: s.t.id, v: s.t.version })).submitUnitWideTargets;
    expect(s.t.status).toBe('SUBMITTED');
    expect(await todo('unit-jyj', 'UNIT_WIDE_TARGETS_TO_REVISE')).toEqual({ count: 0, overdue: 0 });
    expect(await todo(s.section, 'UNIT_WIDE_TARGETS_TO_REVIEW')).toEqual({ count: 1, overdue: 0 });
    expect(await todo(s.other, 'UNIT_WIDE_TARGETS_TO_REVIEW')).toEqual({ count: 0, overdue: 0 });
    await refused('pes', FIRST, { id: s.t.id, a: true, c: '', v: s.t.version }, 'FORBIDDEN', 'id');
    await refused(s.other, FIRST, { id: s.t.id, a: true, c: '', v: s.t.version }, 'NOT_FOUND');
    await refused('pes', REVIEW, { id: s.t.id, a: true, c: '', v: s.t.version }, 'INVALID_TRANSITION');
    await refused(s.section, FIRST, { id: s.t.id, a: false, c: ' ', v: s.t.version }, 'BAD_USER_INPUT', 'comment');
    s.t = (
      await ok(s.section, FIRST, { id: s.t.id, a: true, c: '初审通过', v: s.t.version })
    ).reviewUnitWideTargetsFirst;
    expect(s.t.status).toBe('FIRST_REVIEWED');
    expect(await todo(s.section, 'UNIT_WIDE_TARGETS_TO_REVIEW')).toEqual({ count: 0, overdue: 0 });
    expect(await todo('pes', 'UNIT_WIDE_TARGETS_TO_APPROVE')).toEqual({ count: 1, overdue: 0 });
    s.t = (
      await ok('pes', REVIEW, {
        id: s.t.id,
        a: false,
        c: '满意度指标值偏低；产出指标未覆盖全部职能；缺少成本指标',
        n: 3,
        v: s.t.version,
      })
    ).reviewUnitWideTargets;
    expect(s.t.status).toBe('RETURNED');
    s.t = (await ok('unit-jyj', SUBMIT, { id: s.t.id, v: s.t.version })).submitUnitWideTargets;
    s.t = (await ok(s.section, FIRST, { id: s.t.id, a: true, c: '', v: s.t.version })).reviewUnitWideTargetsFirst;
    s.t = (
      await ok('pes', REVIEW, { id: s.t.id, a: true, c: '审核通过', s: 91.5, v: s.t.version })
    ).reviewUnitWideTargets;
    expect(s.t.status).toBe('APPROVED');
    expect(await todo('pes', 'UNIT_WIDE_TARGETS_TO_APPROVE')).toEqual({ count: 0, overdue: 0 });
    await refused('unit-jyj', SAVE, { y: YEAR, b: BUDGET, i: indicators(), v: s.t.version }, 'INVALID_TRANSITION');

    // targetSummary: the unit reviewed once more (if it was not already), one return with its three issues.
    const now = await figures();
    expect(now.targetSummary).toEqual({
      unitWideReviewedCount: s.before.targetSummary.unitWideReviewedCount + (s.hadReview ? 0 : 1),
      unitWideReturnedCount: s.before.targetSummary.unitWideReturnedCount + 1,
      unitWideIssueCount: s.before.targetSummary.unitWideIssueCount + 3,
    });
    expect(now.flagSummary).toEqual(s.before.flagSummary);
    expect(now.gradeDistribution).toEqual(s.before.gradeDistribution);
  });

  it('June: the unit reports; confirmation judges by the project rules and raises the flag they give', async () => {
    const { checkpoints } = await ok('pes', `{ checkpoints(year: ${YEAR}) { id month scope status version } }`);
    const june = checkpoints.find((c: any) => c.scope === 'UNIT_WIDE');
    const may = checkpoints.find((c: any) => c.scope === 'PROJECT' && c.month === 5);
    expect(june.month).toBe(6);
    const executed = '5000000.00';
    const actuals = (values: string[]) =>
      s.t.indicators.map((i: any, k: number) => ({ indicatorId: i.id, actual: values[k] }));
    const values = ['50', '70', '92'];
    await refused(
      'unit-jyj',
      REPORT,
      { id: s.t.id, cp: june.id, e: executed, a: actuals(values), v: s.t.version },
      'INVALID_TRANSITION',
    );
    await ok('pes', `mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status } }`, {
      id: june.id,
      v: june.version,
    });
    // Due by 10 July 2024: long past on the county's today.
    expect(await todo('unit-jyj', 'UNIT_WIDE_REPORT_TO_SUBMIT')).toEqual({ count: 1, overdue: 1 });
    await refused(
      'unit-jyj',
      REPORT,
      { id: s.t.id, cp: may.id, e: executed, a: actuals(values), v: s.t.version },
      'BAD_USER_INPUT',
      'checkpointId',
    );
    await refused(
      'unit-jyj',
      REPORT,
      { id: s.t.id, cp: june.id, e: executed, a: actuals(values).slice(0, 2), v: s.t.version },
      'BAD_USER_INPUT',
      'actuals',
    );
    await refused(
      'unit-jyj',
      REPORT,
      { id: s.t.id, cp: june.id, e: '99999999.00', a: actuals(values), v: s.t.version },
      'BAD_USER_INPUT',
      'executed',
    );
    s.t = (
      await ok('unit-jyj', REPORT, { id: s.t.id, cp: june.id, e: executed, a: actuals(values), v: s.t.version })
    ).reportUnitWideMonitoring;
    const [report] = s.t.reports;
    expect(report).toMatchObject({ status: 'SUBMITTED', budget: BUDGET, executed, failed: null });
    expect(await todo('unit-jyj', 'UNIT_WIDE_REPORT_TO_SUBMIT')).toEqual({ count: 0, overdue: 0 });
    expect(await todo('pes', 'UNIT_WIDE_REPORTS_TO_CONFIRM')).toEqual({ count: 1, overdue: 0 });
    // Nothing counts before the performance section confirms.
    expect((await figures()).flagSummary).toEqual(s.before.flagSummary);
    await refused('unit-jyj', CONFIRM, { id: report.id, v: report.version }, 'FORBIDDEN');

    // The rules, on their own: execution below 6/12 of the year fails; a key indicator fails when more than
    // 20% short of its plan at June (a count accrues: 120 × 6/12 = 60; a rate keeps its target, 95).
    const executionFails = 500000000n * 12n < 6n * BUDGET_FEN;
    const planned = [(120 * 6) / 12, 95];
    const keyFails = [50, 70].map((actual, k) => actual * 10 < planned[k]! * 8);
    expect([executionFails, ...keyFails]).toEqual([true, false, true]);
    const reasons = [
      ...(executionFails ? ['EXECUTION_BELOW_ELAPSED'] : []),
      ...keyFails.flatMap((f, k) => (f ? [`KEY_INDICATOR_DEVIATION:${k}`] : [])),
    ];
    s.t = (await ok('pes', CONFIRM, { id: report.id, v: report.version })).confirmUnitWideReport;
    expect(s.t.reports[0]).toMatchObject({ status: 'CONFIRMED', failed: true, failureReasons: reasons });
    // No earlier unit-wide checkpoint of this unit failed: a yellow flag, its deadline 30 days after 10 July.
    const earlier = (
      await db.query(
        `SELECT count(*)::int AS n FROM unit_wide_report r JOIN unit_wide_target t ON t.id = r.target_id
          WHERE t.unit_id = $1 AND t.year < $2 AND r.failed`,
        [s.unitId, YEAR],
      )
    ).rows[0].n;
    expect(earlier).toBe(0);
    const rules = (await ok('pes', `{ ruleSet(year: ${YEAR}) { rules } }`)).ruleSet.rules;
    const deadline = new Date(Date.UTC(YEAR, 6, 10) + rules.monitoring.rectificationDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(s.t.flags).toEqual([expect.objectContaining({ level: 'YELLOW', status: 'OPEN', deadline })]);
    await refused('pes', CONFIRM, { id: report.id, v: s.t.reports[0].version }, 'INVALID_TRANSITION');
    expect(await todo('pes', 'UNIT_WIDE_REPORTS_TO_CONFIRM')).toEqual({ count: 0, overdue: 0 });
    const flagLate = deadline < new Date().toISOString().slice(0, 10) ? 1 : 0;
    expect(await todo('unit-jyj', 'UNIT_WIDE_FLAGS_TO_RECTIFY')).toEqual({ count: 1, overdue: flagLate });
    // …and the performance section has it to close (a unit-wide flag carries no evidence to wait for).
    expect(await todo('pes', 'UNIT_WIDE_FLAGS_TO_CLOSE')).toEqual({ count: 1, overdue: flagLate });

    const now = await figures();
    const b = s.before.flagSummary;
    expect(now.flagSummary).toEqual({ ...b, yellow: b.yellow + 1, newYellow: b.newYellow + 1 });
    // The project checkpoints' figures do not count it.
    const may2024 = await ok('pes', `{ flagSummary(year: ${YEAR}, month: 5) { yellow red newYellow } }`);
    expect(may2024.flagSummary).toEqual({ yellow: 0, red: 0, newYellow: 0 });
    // Nor does a filter about projects (a fund family) select a unit-wide flag.
    const family = await ok(
      'pes',
      `{ flagSummary(year: ${YEAR}, month: 6, filter: { fundFamily: GENERAL_PUBLIC }) { yellow } }`,
    );
    expect(family.flagSummary.yellow).toBe(b.yellow);
    // A search naming the unit does (its name, found through the bigram index for the performance section).
    const [{ name }] = (await db.query(`SELECT name FROM unit WHERE id = $1`, [s.unitId])).rows;
    const named = await ok(
      'pes',
      `query($f: AnalyticsFilter) { flagSummary(year: ${YEAR}, month: 6, filter: $f) { yellow red newYellow } }`,
      { f: { search: name } },
    );
    expect(named.flagSummary).toEqual({ yellow: 1, red: 0, newYellow: 1 });
  });

  it('the self-evaluation, then the one finance-bureau evaluation, graded by the rules into gradeDistribution', async () => {
    await refused('pes', EVALUATE, { id: s.t.id, s: '86.00', v: s.t.version }, 'INVALID_TRANSITION', 'targetId');
    const self = {
      executed: '11000000.00',
      score: '88.50',
      report: '2024年度部门整体支出绩效自评报告：全年目标基本完成。',
    };
    await refused(
      'unit-jyj',
      SELF,
      { id: s.t.id, in: { ...self, report: ' ' }, v: s.t.version },
      'BAD_USER_INPUT',
      'report',
    );
    await refused(
      'unit-jyj',
      SELF,
      { id: s.t.id, in: { ...self, executed: '12345679.00' }, v: s.t.version },
      'BAD_USER_INPUT',
      'executed',
    );
    // Due 20 April 2025: overdue on the county's today.
    expect(await todo('unit-jyj', 'UNIT_WIDE_SELF_EVALUATION')).toEqual({ count: 1, overdue: 1 });
    s.t = (await ok('unit-jyj', SELF, { id: s.t.id, in: self, v: s.t.version })).submitUnitWideSelfEvaluation;
    expect(await todo('unit-jyj', 'UNIT_WIDE_SELF_EVALUATION')).toEqual({ count: 0, overdue: 0 });
    expect(await todo('pes', 'UNIT_WIDE_TO_EVALUATE')).toEqual({ count: 1, overdue: 0 });
    expect(s.t).toMatchObject({ selfScore: '88.50', selfExecuted: '11000000.00', evaluationId: null });
    // A self-evaluation is not the finance bureau's evaluation: the distribution has not moved.
    expect((await figures()).gradeDistribution).toEqual(s.before.gradeDistribution);

    await refused('unit-jyj', EVALUATE, { id: s.t.id, s: '86.00', v: s.t.version }, 'FORBIDDEN');
    await refused('pes', EVALUATE, { id: s.t.id, s: '100.01', v: s.t.version }, 'BAD_USER_INPUT', 'score');
    s.t = (await ok('pes', EVALUATE, { id: s.t.id, s: '86.00', v: s.t.version })).evaluateUnitWide;
    expect(s.t.evaluationId).not.toBeNull();
    expect(await todo('pes', 'UNIT_WIDE_TO_EVALUATE')).toEqual({ count: 0, overdue: 0 });
    // 86 is 良 by the bands (80 ≤ score < 90); one failed checkpoint unrectified is below the cap's two.
    const band = gradeBands().find((g) => 86 >= g.min)!.grade;
    expect(band).toBe('GOOD');
    const e = (
      await ok('pes', `query($id: ID!) { node(id: $id) { ... on Evaluation { kind status score grade budget } } }`, {
        id: s.t.evaluationId,
      })
    ).node;
    expect(e).toEqual({ kind: 'UNIT_WIDE', status: 'FINAL', score: 86, grade: 'GOOD', budget: BUDGET });
    await refused('pes', EVALUATE, { id: s.t.id, s: '95.00', v: s.t.version }, 'INVALID_TRANSITION', 'targetId');

    const now = await figures();
    const b = s.before.gradeDistribution;
    const fen = (x: string) => BigInt(x.replace('.', ''));
    const sum = fen(b.budget) + BUDGET_FEN;
    expect(now.gradeDistribution).toEqual({
      total: b.total + 1,
      budget: `${sum / 100n}.${String(sum % 100n).padStart(2, '0')}`,
      buckets: b.buckets.map((x: any) => (x.grade === band ? { ...x, count: x.count + 1 } : x)),
    });
    // The unit sees its own evaluation in the distribution; another unit does not.
    const own = await ok('unit-jyj', `{ gradeDistribution(year: ${YEAR}, kind: UNIT_WIDE) { total } }`);
    const other = await ok('unit-wjw', `{ gradeDistribution(year: ${YEAR}, kind: UNIT_WIDE) { total } }`);
    expect([own.gradeDistribution.total, other.gradeDistribution.total]).toEqual([1, 0]);
    expect(now.targetSummary).not.toEqual(s.before.targetSummary);
  });

  it('the performance section closes the flag: its to-do and the unit’s go to zero; a second close is refused', async () => {
    const [flag] = s.t.flags;
    await refused('unit-jyj', CLOSE_FLAG, { id: flag.id, v: flag.version }, 'FORBIDDEN');
    s.t = (await ok('pes', CLOSE_FLAG, { id: flag.id, v: flag.version })).closeUnitWideFlag;
    expect(s.t.flags).toEqual([expect.objectContaining({ id: flag.id, status: 'CLOSED' })]);
    expect(await todo('pes', 'UNIT_WIDE_FLAGS_TO_CLOSE')).toEqual({ count: 0, overdue: 0 });
    expect(await todo('unit-jyj', 'UNIT_WIDE_FLAGS_TO_RECTIFY')).toEqual({ count: 0, overdue: 0 });
    await refused('pes', CLOSE_FLAG, { id: flag.id, v: s.t.flags[0].version }, 'INVALID_TRANSITION');
  });

  /** The default grade bands, best first (DOMAIN.md: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60). */
  function gradeBands() {
    return [
      { grade: 'EXCELLENT', min: 90 },
      { grade: 'GOOD', min: 80 },
      { grade: 'MEDIUM', min: 60 },
      { grade: 'POOR', min: 0 },
    ];
  }
});
