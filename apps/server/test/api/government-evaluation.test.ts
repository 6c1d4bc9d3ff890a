import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §2: evaluations of lower governments (对下级政府预算绩效管理评价; the seed: "做好州财政部门选择的2个县市，
// 开展对下级政府预算绩效管理评价的工作"). The prefecture selects counties below it for a year; a selected county's
// performance section submits its self-report and self score; the prefecture returns it with comments or scores
// it (out of 100, graded by the rule bands). Every step is kept. The prefecture acts only on its own counties; a
// county sees only its own. Refusals leave the database unchanged.

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('evaluations of lower governments', () => {
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
  const PROBE = `SELECT (SELECT json_agg(g ORDER BY g.id) FROM government_evaluation g) AS evaluations,
    (SELECT json_agg(e ORDER BY e.id) FROM government_evaluation_event e) AS events,
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

  const EVALUATION = `id version year regionId regionName byRegionName status selfReport selfScore score grade returnComment
    history { kind text score userName occurredAt }`;
  const SELECT = `mutation($y: Int!, $r: [ID!]!) { selectGovernmentEvaluations(year: $y, regionIds: $r) { ${EVALUATION} } }`;
  const SUBMIT = `mutation($id: ID!, $text: String!, $s: Float!, $v: Int!) {
    submitGovernmentSelfReport(id: $id, selfReport: $text, selfScore: $s, version: $v) { ${EVALUATION} } }`;
  const RETURN = `mutation($id: ID!, $c: String!, $v: Int!) { returnGovernmentSelfReport(id: $id, comment: $c, version: $v) { ${EVALUATION} } }`;
  const SCORE = `mutation($id: ID!, $s: Float!, $c: String!, $v: Int!) {
    scoreGovernmentEvaluation(id: $id, score: $s, comment: $c, version: $v) { ${EVALUATION} } }`;
  const WITHDRAW = `mutation($id: ID!, $why: String!, $v: Int!) {
    withdrawGovernmentEvaluation(id: $id, reason: $why, version: $v) { ${EVALUATION} } }`;
  const LIST = `query($r: ID, $y: Int) { governmentEvaluations(regionId: $r, year: $y) { ${EVALUATION} } }`;

  // The demo county (尉犁县) and its prefecture; a county next door under the same prefecture with its own
  // performance section; and another prefecture with a county of its own and its own upper-level user.
  const r = { county: 0, neighbour: 0, otherCounty: 0 };
  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
    const { id: county, parent_id: prefecture } = await one(
      `SELECT r.id, r.parent_id FROM region r JOIN app_user a ON a.region_id = r.id WHERE a.username = 'pes'`,
    );
    const region = async (parent: number | null, code: string, name: string, level: string) => {
      const row = await one(
        `INSERT INTO region (parent_id, code, name, level, path) VALUES ($1, $2, $3, $4, '') RETURNING id`,
        [parent, code, name, level],
      );
      await db.query(
        `UPDATE region SET path = COALESCE((SELECT p.path FROM region p WHERE p.id = region.parent_id), '/') || id || '/'
          WHERE id = $1`,
        [row.id],
      );
      return row.id as number;
    };
    const province = (await one(`SELECT parent_id FROM region WHERE id = $1`, [prefecture])).parent_id;
    const neighbour = await region(prefecture, '659901', '邻县', 'COUNTY');
    const otherPrefecture = await region(province, '659900', '他州', 'PREFECTURE');
    const otherCounty = await region(otherPrefecture, '659902', '他州某县', 'COUNTY');
    const user = (username: string, role: string, regionId: number) =>
      db.query(
        `INSERT INTO app_user (username, password_hash, display_name, role, region_id)
         SELECT $1, password_hash, $1, $2, $3 FROM app_user WHERE username = 'pes'`,
        [username, role, regionId],
      );
    await user('pes-lx', 'PERFORMANCE', neighbour);
    await user('pref-other', 'UPPER_LEVEL', otherPrefecture);
    Object.assign(r, { county, neighbour, otherCounty });
    for (const u of ['pes', 'prefecture', 'leader', 'unit-jyj', 'pes-lx', 'pref-other'])
      t[u] = await login(ctx.graphqlUrl, u);
  });
  afterAll(async () => {
    await db?.end();
  });

  it('the prefecture picks among its own counties only', async () => {
    const mine = (await ok('prefecture', `{ evaluableCounties { id code name } }`)).evaluableCounties;
    const ids = mine.map((c: { id: string }) => c.id);
    expect(ids).toContain(gid('Region', r.county));
    expect(ids).toContain(gid('Region', r.neighbour));
    expect(ids).not.toContain(gid('Region', r.otherCounty));
    const theirs = (await ok('pref-other', `{ evaluableCounties { id code name } }`)).evaluableCounties;
    expect(theirs).toEqual([{ id: gid('Region', r.otherCounty), code: '659902', name: '他州某县' }]);
    expect((await as('pes', `{ evaluableCounties { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  const rows: Record<string, any> = {};
  it('refuses a selection by a county, of a county elsewhere, or of the same county twice', async () => {
    await refused('pes', 'FORBIDDEN', SELECT, { y: 2024, r: [gid('Region', r.county)] });
    const elsewhere = await refused('prefecture', 'NOT_FOUND', SELECT, {
      y: 2024,
      r: [gid('Region', r.county), gid('Region', r.otherCounty)],
    });
    expect(elsewhere.extensions?.field).toBe('regionIds[1]');
    const twice = await refused('prefecture', 'BAD_USER_INPUT', SELECT, {
      y: 2024,
      r: [gid('Region', r.county), gid('Region', r.county)],
    });
    expect(twice.extensions?.field).toBe('regionIds[1]');
    await refused('prefecture', 'BAD_USER_INPUT', SELECT, { y: 2024, r: [] });
  });

  it('a selection not yet answered can be withdrawn with a reason, and made again; its history stays', async () => {
    const [made] = (await ok('prefecture', SELECT, { y: 2025, r: [gid('Region', r.neighbour)] }))
      .selectGovernmentEvaluations;
    expect(await todo('pes-lx', 'GOVERNMENT_SELF_REPORT_DUE')).toBe(1);
    const noReason = await refused('prefecture', 'BAD_USER_INPUT', WITHDRAW, {
      id: made.id,
      why: ' ',
      v: made.version,
    });
    expect(noReason.extensions?.field).toBe('reason');
    await refused('pes-lx', 'FORBIDDEN', WITHDRAW, { id: made.id, why: '不参加', v: made.version });
    await refused('pref-other', 'NOT_FOUND', WITHDRAW, { id: made.id, why: '选错', v: made.version });
    await refused('prefecture', 'CONFLICT', WITHDRAW, { id: made.id, why: '选错', v: made.version + 1 });
    const withdrawn = (await ok('prefecture', WITHDRAW, { id: made.id, why: '评价对象调整', v: made.version }))
      .withdrawGovernmentEvaluation;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.history.map((h: any) => [h.kind, h.text])).toEqual([
      ['SELECTED', ''],
      ['WITHDRAWN', '评价对象调整'],
    ]);
    // The county has nothing left to do and cannot answer a withdrawn selection; nor can it be withdrawn twice.
    expect(await todo('pes-lx', 'GOVERNMENT_SELF_REPORT_DUE')).toBe(0);
    await refused('pes-lx', 'INVALID_TRANSITION', SUBMIT, { id: made.id, text: '自评', s: 80, v: withdrawn.version });
    await refused('prefecture', 'INVALID_TRANSITION', WITHDRAW, { id: made.id, why: '再撤', v: withdrawn.version });
    // Selected again: the same row, its history going on.
    const [again] = (await ok('prefecture', SELECT, { y: 2025, r: [gid('Region', r.neighbour)] }))
      .selectGovernmentEvaluations;
    expect(again.id).toBe(made.id);
    expect(again.status).toBe('SELECTED');
    expect(again.history.map((h: any) => h.kind)).toEqual(['SELECTED', 'WITHDRAWN', 'SELECTED']);
    expect(await todo('pes-lx', 'GOVERNMENT_SELF_REPORT_DUE')).toBe(1);
    // Once the county has submitted, the selection stands.
    const submitted = (await ok('pes-lx', SUBMIT, { id: again.id, text: '自评', s: 80, v: again.version }))
      .submitGovernmentSelfReport;
    await refused('prefecture', 'INVALID_TRANSITION', WITHDRAW, { id: again.id, why: '撤销', v: submitted.version });
    const { rows: audits } = await db.query(
      `SELECT action FROM audit_log WHERE entity = 'GovernmentEvaluation' AND entity_id = $1 ORDER BY id`,
      [String(Buffer.from(made.id, 'base64url').toString().split(':')[1])],
    );
    expect(audits.map((a) => a.action)).toEqual(['CREATE', 'WITHDRAW', 'RESELECT', 'SUBMIT']);
    // Leave 2025 as it was for the tests after this one.
    await db.query(`DELETE FROM government_evaluation WHERE id = $1`, [
      Number(Buffer.from(made.id, 'base64url').toString().split(':')[1]),
    ]);
  });

  it('the prefecture selects two counties for 2024; each county sees only its own', async () => {
    const selected = (
      await ok('prefecture', SELECT, { y: 2024, r: [gid('Region', r.county), gid('Region', r.neighbour)] })
    ).selectGovernmentEvaluations;
    expect(selected.map((e: any) => [e.regionName, e.status, e.year])).toEqual([
      ['尉犁县', 'SELECTED', 2024],
      ['邻县', 'SELECTED', 2024],
    ]);
    expect(selected[0].history.map((h: any) => h.kind)).toEqual(['SELECTED']);
    rows.own = selected[0];
    rows.neighbour = selected[1];
    expect(await todo('pes', 'GOVERNMENT_SELF_REPORT_DUE')).toBe(1);
    expect(await todo('pes-lx', 'GOVERNMENT_SELF_REPORT_DUE')).toBe(1);
    expect(await todo('prefecture', 'GOVERNMENT_EVALUATIONS_TO_SCORE')).toBe(0);

    const again = await refused('prefecture', 'INVALID_TRANSITION', SELECT, { y: 2024, r: [gid('Region', r.county)] });
    expect(again.extensions?.field).toBe('regionIds[0]');

    const seen = async (user: string) =>
      (await ok(user, LIST, { y: 2024 })).governmentEvaluations.map((e: any) => e.regionName).sort();
    expect(await seen('prefecture')).toEqual(['尉犁县', '邻县']);
    expect(await seen('pes')).toEqual(['尉犁县']);
    expect(await seen('leader')).toEqual(['尉犁县']);
    expect(await seen('pes-lx')).toEqual(['邻县']);
    expect(await seen('pref-other')).toEqual([]);
    // The prefecture's county picker.
    const picked = (await ok('prefecture', LIST, { r: gid('Region', r.neighbour), y: null })).governmentEvaluations;
    expect(picked.map((e: any) => e.regionName)).toEqual(['邻县']);
    expect((await as('unit-jyj', LIST, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // node(id) follows the same scope.
    const node = `query($id: ID!) { node(id: $id) { __typename id } }`;
    expect((await ok('pes', node, { id: rows.own.id })).node).toEqual({
      __typename: 'GovernmentEvaluation',
      id: rows.own.id,
    });
    expect((await ok('pes', node, { id: rows.neighbour.id })).node).toBeNull();
    expect((await ok('pref-other', node, { id: rows.own.id })).node).toBeNull();
  });

  it('a county submits only its own self-report, with a score out of 100', async () => {
    const text = '2023年度预算绩效管理工作自评：全面实施事前评估、双监控与重点评价。';
    await refused('pes', 'NOT_FOUND', SUBMIT, { id: rows.neighbour.id, text, s: 80, v: rows.neighbour.version });
    await refused('prefecture', 'FORBIDDEN', SUBMIT, { id: rows.own.id, text, s: 80, v: rows.own.version });
    const bad = await refused('pes', 'BAD_USER_INPUT', SUBMIT, {
      id: rows.own.id,
      text,
      s: 100.5,
      v: rows.own.version,
    });
    expect(bad.extensions?.field).toBe('selfScore');
    const empty = await refused('pes', 'BAD_USER_INPUT', SUBMIT, {
      id: rows.own.id,
      text: '  ',
      s: 80,
      v: rows.own.version,
    });
    expect(empty.extensions?.field).toBe('selfReport');
    await refused('pes', 'CONFLICT', SUBMIT, { id: rows.own.id, text, s: 80, v: rows.own.version + 1 });
    // The prefecture cannot score what was not submitted.
    await refused('prefecture', 'INVALID_TRANSITION', SCORE, { id: rows.own.id, s: 80, c: '', v: rows.own.version });

    const submitted = (await ok('pes', SUBMIT, { id: rows.own.id, text, s: 88.5, v: rows.own.version }))
      .submitGovernmentSelfReport;
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      selfReport: text,
      selfScore: 88.5,
      score: null,
      grade: null,
    });
    await refused('pes', 'INVALID_TRANSITION', SUBMIT, { id: submitted.id, text, s: 90, v: submitted.version });
    expect(await todo('pes', 'GOVERNMENT_SELF_REPORT_DUE')).toBe(0);
    expect(await todo('prefecture', 'GOVERNMENT_EVALUATIONS_TO_SCORE')).toBe(1);
    expect(await todo('pref-other', 'GOVERNMENT_EVALUATIONS_TO_SCORE')).toBe(0);
    rows.own = submitted;
  });

  it('the prefecture returns it with comments; the county revises and submits again', async () => {
    await refused('pref-other', 'NOT_FOUND', RETURN, { id: rows.own.id, c: '请补充', v: rows.own.version });
    await refused('pes', 'FORBIDDEN', RETURN, { id: rows.own.id, c: '请补充', v: rows.own.version });
    const noComment = await refused('prefecture', 'BAD_USER_INPUT', RETURN, {
      id: rows.own.id,
      c: ' ',
      v: rows.own.version,
    });
    expect(noComment.extensions?.field).toBe('comment');
    const returned = (
      await ok('prefecture', RETURN, { id: rows.own.id, c: '请补充结果应用情况及佐证材料', v: rows.own.version })
    ).returnGovernmentSelfReport;
    expect(returned).toMatchObject({ status: 'RETURNED', returnComment: '请补充结果应用情况及佐证材料' });
    const seenByCounty = (await ok('pes', LIST, { y: 2024 })).governmentEvaluations[0];
    expect(seenByCounty.returnComment).toBe('请补充结果应用情况及佐证材料');

    const revised = (
      await ok('pes', SUBMIT, {
        id: returned.id,
        text: '已补充：2022年度评价结果应用于2024年预算安排，压减27个项目。',
        s: 90,
        v: returned.version,
      })
    ).submitGovernmentSelfReport;
    expect(revised).toMatchObject({ status: 'SUBMITTED', selfScore: 90, returnComment: null });
    rows.own = revised;
  });

  it('the prefecture scores it: the grade follows the rule bands, and the history keeps every step', async () => {
    await refused('pref-other', 'NOT_FOUND', SCORE, { id: rows.own.id, s: 85, c: '', v: rows.own.version });
    const tooHigh = await refused('prefecture', 'BAD_USER_INPUT', SCORE, {
      id: rows.own.id,
      s: 101,
      c: '',
      v: rows.own.version,
    });
    expect(tooHigh.extensions?.field).toBe('score');
    await refused('prefecture', 'CONFLICT', SCORE, { id: rows.own.id, s: 85, c: '', v: rows.own.version - 1 });
    const scored = (
      await ok('prefecture', SCORE, { id: rows.own.id, s: 89.99, c: '工作扎实，结果应用有待加强', v: rows.own.version })
    ).scoreGovernmentEvaluation;
    expect(scored).toMatchObject({ status: 'SCORED', score: 89.99, grade: 'GOOD', selfScore: 90 });
    expect(scored.history.map((h: any) => [h.kind, h.score])).toEqual([
      ['SELECTED', null],
      ['SUBMITTED', 88.5],
      ['RETURNED', null],
      ['SUBMITTED', 90],
      ['SCORED', 89.99],
    ]);
    expect(scored.history[2].text).toBe('请补充结果应用情况及佐证材料');
    expect(scored.history[0].text).toBe('');
    await refused('prefecture', 'INVALID_TRANSITION', SCORE, { id: scored.id, s: 95, c: '', v: scored.version });
    await refused('prefecture', 'INVALID_TRANSITION', RETURN, { id: scored.id, c: '再改', v: scored.version });
    // The county sees its score; 90 would be 优 (the bands are inclusive at their lower bound).
    const mine = (await ok('pes', LIST, { y: 2024 })).governmentEvaluations[0];
    expect([mine.score, mine.grade]).toEqual([89.99, 'GOOD']);
    const neighbour = (await ok('pes-lx', LIST, { y: 2024 })).governmentEvaluations[0];
    const top = (await ok('pes-lx', SUBMIT, { id: neighbour.id, text: '自评', s: 95, v: neighbour.version }))
      .submitGovernmentSelfReport;
    const excellent = (await ok('prefecture', SCORE, { id: top.id, s: 90, c: '', v: top.version }))
      .scoreGovernmentEvaluation;
    expect(excellent.grade).toBe('EXCELLENT');
    // Every step is audited.
    const { rows: audits } = await db.query(
      `SELECT action FROM audit_log WHERE entity = 'GovernmentEvaluation' AND entity_id = $1 ORDER BY id`,
      [String(Buffer.from(rows.own.id, 'base64url').toString().split(':')[1])],
    );
    expect(audits.map((a) => a.action)).toEqual(['CREATE', 'SUBMIT', 'RETURN', 'RESUBMIT', 'SCORE']);
  });
});
