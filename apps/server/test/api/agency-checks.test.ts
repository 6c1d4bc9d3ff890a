import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { agencyRating } from '../../src/rules/agency-rating.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §3, DOMAIN.md §7 "there are targeted checks on leads and random checks": the performance section
// checks a piece of an agency's work — on a lead, or drawn at random by the server from a recorded seed — and
// concludes it; issues found take their deduction off the agency's quality score, to the hundredth of a point.
// Agencies see the checks of their own work only; refusals name the field and leave the database unchanged.

describe('checks of third-party agencies’ work', () => {
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
  const PROBE = `SELECT (SELECT json_agg(c ORDER BY c.id) FROM agency_check c) AS checks,
    (SELECT json_agg(ar ORDER BY ar.id) FROM agency_rating ar) AS ratings,
    (SELECT count(*) FROM audit_log) AS audits`;
  const refused = async (user: string, code: string, query: string, variables: Record<string, unknown>) => {
    const before = (await db.query(PROBE)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, `${user}: ${JSON.stringify(res.errors?.[0]?.message)}`).toBe(code);
    expect((await db.query(PROBE)).rows).toEqual(before);
    return res.errors![0]!;
  };

  const FIELDS = `id version year kind status leadSource subjectKind subjectId subjectName drawSeed drawPool outcome findings
    deduction openedOn concludedOn agencyName agency { code }`;
  const DRAW = `mutation($y: Int!, $a: ID, $n: Int) { drawAgencyRandomCheck(year: $y, agencyId: $a, count: $n) { ${FIELDS} } }`;
  const TARGETED = `mutation($in: TargetedAgencyCheckInput!) { recordTargetedAgencyCheck(input: $in) { ${FIELDS} } }`;
  const CONCLUDE = `mutation($id: ID!, $in: AgencyCheckConclusionInput!, $v: Int!) { concludeAgencyCheck(id: $id, input: $in, version: $v) { ${FIELDS} } }`;
  const LIST = `query($y: Int!, $a: ID) { agencyChecks(year: $y, agencyId: $a) { id agency { code } kind status } }`;
  const agencies: Record<string, { id: string; db: number }> = {};
  let regionId: number;
  const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

  beforeAll(async () => {
    for (const u of ['pes', 'leader', 'budget', 'unit-jyj', 'agency-xinhe', 'agency-tianzheng', 'agency-hengxin'])
      t[u] = await login(ctx.graphqlUrl, u);
    t.bi = (await ok('leader', 'mutation { createApiToken(name: "bi") { token } }')).createApiToken.token;
    await ok('bi', `{ agencies { id } }`); // its first use is audited (TOKEN_USED), before any probe
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    for (const a of (await ok('pes', `{ agencies { id code } }`)).agencies) {
      const [{ id }] = (await db.query(`SELECT id FROM agency WHERE code = $1`, [a.code])).rows;
      agencies[a.code] = { id: a.id, db: id };
    }
    regionId = (await db.query(`SELECT region_id FROM agency WHERE code = 'xinhe'`)).rows[0].region_id;
  });
  afterAll(async () => {
    await db?.end();
  });

  it('a random draw picks by a recorded seed, reproducibly, without picking a piece twice; an empty pool is refused', async () => {
    // 信合's work of 2022: the key evaluations it did.
    const work = (
      await db.query(`SELECT id FROM evaluation WHERE agency_id = $1 AND year = 2022 ORDER BY id`, [agencies.xinhe!.db])
    ).rows.map((r) => r.id as number);
    expect(work.length).toBeGreaterThanOrEqual(2);
    const drawn = (await ok('pes', DRAW, { y: 2022, a: agencies.xinhe!.id, n: 2 })).drawAgencyRandomCheck;
    const seed = `AGENCY-CHECK-${regionId}-2022-${agencies.xinhe!.db}-1`;
    expect(drawn).toHaveLength(2);
    for (const c of drawn)
      expect(c).toMatchObject({
        kind: 'RANDOM',
        status: 'OPEN',
        year: 2022,
        drawSeed: seed,
        drawPool: work.length,
        subjectKind: 'KEY_EVALUATION',
        outcome: null,
        deduction: '0.00',
        agency: { code: 'xinhe' },
      });
    // The same seed orders the same pool the same way: the first two by md5(seed:E<id>).
    const expected = (
      await db.query(`SELECT id FROM unnest($1::int[]) AS id ORDER BY md5($2 || ':E' || id), id LIMIT 2`, [work, seed])
    ).rows.map((r) => gid('Evaluation', r.id));
    expect(drawn.map((c: any) => c.subjectId)).toEqual(expected);

    // The next draw chooses only among what was not drawn yet, with the next seed.
    const rest = (await ok('pes', DRAW, { y: 2022, a: agencies.xinhe!.id, n: 10 })).drawAgencyRandomCheck;
    expect(rest).toHaveLength(work.length - 2);
    expect(rest[0]).toMatchObject({ drawSeed: `AGENCY-CHECK-${regionId}-2022-${agencies.xinhe!.db}-2` });
    expect(new Set([...drawn, ...rest].map((c: any) => c.subjectId)).size).toBe(work.length);
    // The audit entry keeps the pool drawn from.
    const [audit] = (
      await db.query(`SELECT after FROM audit_log WHERE entity = 'AgencyCheck' AND action = 'DRAW' ORDER BY id LIMIT 1`)
    ).rows;
    expect(audit.after.draw).toEqual({ seed, count: 2, pool: expect.arrayContaining(work.map((id) => `E${id}`)) });

    const empty = await refused('pes', 'BAD_USER_INPUT', DRAW, { y: 2022, a: agencies.xinhe!.id, n: 1 });
    expect(empty.extensions!.field).toBe('agencyId');
    expect(empty.message).toMatch(/没有尚未抽查.*no agency work of 2022 left/s);
    const tooMany = await refused('pes', 'BAD_USER_INPUT', DRAW, { y: 2022, a: agencies.tianzheng!.id, n: 11 });
    expect(tooMany.extensions!.field).toBe('count');
    const noWork = await refused('pes', 'BAD_USER_INPUT', DRAW, { y: 2019, a: null, n: 1 });
    expect(noWork.extensions!.field).toBe('year');
  });

  it('a targeted check needs its lead and a piece of the agency’s work of that year; each refusal names the field', async () => {
    const [e] = (
      await db.query(`SELECT id FROM evaluation WHERE agency_id = $1 AND year = 2022 ORDER BY id LIMIT 1`, [
        agencies.tianzheng!.db,
      ])
    ).rows;
    const subjectId = gid('Evaluation', e.id);
    const noLead = await refused('pes', 'BAD_USER_INPUT', TARGETED, {
      in: { year: 2022, subjectId, leadSource: '  ' },
    });
    expect(noLead.extensions!.field).toBe('input.leadSource');
    expect(noLead.message).toMatch(/须填写线索来源.*give the source of the lead/s);
    const wrongYear = await refused('pes', 'BAD_USER_INPUT', TARGETED, {
      in: { year: 2023, subjectId, leadSource: '群众来信反映报告数据失实' },
    });
    expect(wrongYear.extensions!.field).toBe('input.subjectId');
    const [self] = (await db.query(`SELECT id FROM evaluation WHERE agency_id IS NULL AND year = 2022 LIMIT 1`)).rows;
    const notAgencyWork = await refused('pes', 'BAD_USER_INPUT', TARGETED, {
      in: { year: 2022, subjectId: gid('Evaluation', self.id), leadSource: '群众来信' },
    });
    expect(notAgencyWork.extensions!.field).toBe('input.subjectId');
    const [project] = (await db.query(`SELECT id FROM project LIMIT 1`)).rows;
    const notWork = await refused('pes', 'BAD_USER_INPUT', TARGETED, {
      in: { year: 2022, subjectId: gid('Project', project.id), leadSource: '群众来信' },
    });
    expect(notWork.extensions!.field).toBe('input.subjectId');
    const tooLong = await refused('pes', 'BAD_USER_INPUT', TARGETED, {
      in: { year: 2022, subjectId, leadSource: '线'.repeat(2001) },
    });
    expect(tooLong.extensions!.field).toBe('input.leadSource');

    const c = (await ok('pes', TARGETED, { in: { year: 2022, subjectId, leadSource: '群众来信反映报告数据失实' } }))
      .recordTargetedAgencyCheck;
    expect(c).toMatchObject({
      kind: 'TARGETED',
      status: 'OPEN',
      version: 1,
      leadSource: '群众来信反映报告数据失实',
      drawSeed: null,
      subjectId,
      agency: { code: 'tianzheng' },
    });
    // One open check of a piece of work at a time.
    const twice = await refused('pes', 'BAD_USER_INPUT', TARGETED, {
      in: { year: 2022, subjectId, leadSource: '又一封来信' },
    });
    expect(twice.extensions!.field).toBe('input.subjectId');
    // Only the performance section writes.
    for (const u of ['leader', 'agency-tianzheng', 'budget', 'bi'])
      await refused(u, 'FORBIDDEN', TARGETED, { in: { year: 2022, subjectId, leadSource: '来信' } });
  });

  it('concluding: issues need findings and a deduction (0–100, two decimals); then CONCLUDED, once, audited', async () => {
    const c = (await ok('pes', LIST, { y: 2022, a: agencies.tianzheng!.id })).agencyChecks[0];
    const { node } = await ok('pes', `query($id: ID!) { node(id: $id) { ... on AgencyCheck { id version status } } }`, {
      id: c.id,
    });
    expect(node).toEqual({ id: c.id, version: 1, status: 'OPEN' });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ outcome: 'ISSUES_FOUND', findings: '', deduction: '5' }, 'input.findings', /须写明发现的问题/],
      [{ outcome: 'ISSUES_FOUND', findings: '底稿缺失' }, 'input.deduction', /须填写扣分/],
      [{ outcome: 'ISSUES_FOUND', findings: '底稿缺失', deduction: '100.01' }, 'input.deduction', /0到100/],
      [{ outcome: 'ISSUES_FOUND', findings: '底稿缺失', deduction: '3.125' }, 'input.deduction', /./],
      [{ outcome: 'PASSED', findings: '', deduction: '2' }, 'input.deduction', /检查通过不扣分/],
    ];
    for (const [input, field, message] of cases) {
      const e = await refused('pes', 'BAD_USER_INPUT', CONCLUDE, { id: c.id, in: input, v: 1 });
      expect(e.extensions!.field, JSON.stringify(input)).toBe(field);
      expect(e.message).toMatch(message);
    }
    const stale = await refused('pes', 'CONFLICT', CONCLUDE, {
      id: c.id,
      in: { outcome: 'PASSED', findings: '' },
      v: 7,
    });
    expect(stale.extensions!.field).toBe('version');
    await refused('agency-tianzheng', 'FORBIDDEN', CONCLUDE, { id: c.id, in: { outcome: 'PASSED' }, v: 1 });

    const done = (
      await ok('pes', CONCLUDE, {
        id: c.id,
        in: { outcome: 'ISSUES_FOUND', findings: '工作底稿缺少现场核查记录', deduction: '7.35' },
        v: 1,
      })
    ).concludeAgencyCheck;
    expect(done).toMatchObject({
      status: 'CONCLUDED',
      outcome: 'ISSUES_FOUND',
      findings: '工作底稿缺少现场核查记录',
      deduction: '7.35',
      version: 2,
    });
    expect(done.concludedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await refused('pes', 'INVALID_TRANSITION', CONCLUDE, { id: c.id, in: { outcome: 'PASSED' }, v: 2 });
    const audits = (
      await db.query(
        `SELECT action, before->>'status' AS before, after->>'status' AS after, after->>'deduction' AS deduction
           FROM audit_log WHERE entity = 'AgencyCheck' AND entity_id = $1 ORDER BY id`,
        [String(Buffer.from(c.id, 'base64url').toString().split(':')[1])],
      )
    ).rows;
    expect(audits).toEqual([
      { action: 'CREATE', before: null, after: null, deduction: null },
      { action: 'CONCLUDE', before: 'OPEN', after: 'CONCLUDED', deduction: '7.35' },
    ]);
  });

  it('an agency sees the checks of its own work only; leadership and its BI token read all; others none', async () => {
    const all = (await ok('pes', LIST, { y: 2022 })).agencyChecks;
    const codes = (list: any[]) => [...new Set(list.map((c) => c.agency.code))].sort();
    expect(codes(all)).toEqual(['tianzheng', 'xinhe']);
    const xinhe = (await ok('agency-xinhe', LIST, { y: 2022 })).agencyChecks;
    expect(xinhe.length).toBeGreaterThan(0);
    expect(codes(xinhe)).toEqual(['xinhe']);
    expect(xinhe.map((c: any) => c.id)).toEqual(
      all.filter((c: any) => c.agency.code === 'xinhe').map((c: any) => c.id),
    );
    // Asking for another agency's checks, or one of them by id, gives nothing.
    expect((await ok('agency-xinhe', LIST, { y: 2022, a: agencies.tianzheng!.id })).agencyChecks).toEqual([]);
    const theirs = all.find((c: any) => c.agency.code === 'tianzheng');
    expect((await ok('agency-xinhe', `query($id: ID!) { node(id: $id) { id } }`, { id: theirs.id })).node).toBeNull();
    expect((await ok('agency-hengxin', LIST, { y: 2022 })).agencyChecks).toEqual([]);
    expect((await ok('leader', LIST, { y: 2022 })).agencyChecks).toEqual(all);
    expect((await ok('bi', LIST, { y: 2022 })).agencyChecks.length).toBe(all.length);
    for (const u of ['budget', 'unit-jyj']) expect((await ok(u, LIST, { y: 2022 })).agencyChecks).toEqual([]);
  });

  it('ratings: each concluded check with issues takes its deduction off quality to the hundredth, not below 0; open ones nothing', async () => {
    // 2024 work (the demo's 2022 and 2023 ratings are published): two re-assessments by 信合, one by 恒信, done in time.
    const inserted = (
      await db.query(
        `INSERT INTO ex_ante_assessment (project_id, status, agency_id, agency_conclusion, agency_opinion, agency_sent_on,
                                         agency_reviewed_on, submitted_on)
         SELECT p.id, 'AGENCY_REVIEWED', CASE WHEN row_number() OVER (ORDER BY p.id) <= 2 THEN $1::int ELSE $2::int END,
                'SUPPORT', '同意', '2023-10-10', '2023-10-20', '2023-10-01'
           FROM (SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.year = 2024 AND NOT u.classified
                    AND NOT EXISTS (SELECT 1 FROM ex_ante_assessment x WHERE x.project_id = p.id) ORDER BY p.id LIMIT 3) p
         RETURNING id, agency_id`,
        [agencies.xinhe!.db, agencies.hengxin!.db],
      )
    ).rows as { id: number; agency_id: number }[];
    const mine = inserted.filter((x) => x.agency_id === agencies.xinhe!.db).map((x) => gid('ExAnteAssessment', x.id));
    const theirs = gid('ExAnteAssessment', inserted.find((x) => x.agency_id === agencies.hengxin!.db)!.id);
    const check = async (subjectId: string) =>
      (await ok('pes', TARGETED, { in: { year: 2024, subjectId, leadSource: '复评意见与专家意见明显不一致' } }))
        .recordTargetedAgencyCheck;
    const conclude = async (c: any, input: Record<string, unknown>) =>
      (await ok('pes', CONCLUDE, { id: c.id, in: input, v: c.version })).concludeAgencyCheck;
    // 信合: 12.34 + 0.01 off; one check passed (counts, deducts nothing); one open (counts nothing).
    const a = await check(mine[0]!);
    expect(a.subjectKind).toBe('EX_ANTE_REASSESSMENT');
    await conclude(a, { outcome: 'ISSUES_FOUND', findings: '复评依据不足', deduction: '12.34' });
    const b = await check(mine[0]!);
    await conclude(b, { outcome: 'ISSUES_FOUND', findings: '签字不全', deduction: '0.01' });
    const passed = await check(mine[1]!);
    await conclude(passed, { outcome: 'PASSED' });
    await check(mine[1]!);
    // 恒信: 60 + 50.5 off its 100 → 0, not −10.50.
    await conclude(await check(theirs), { outcome: 'ISSUES_FOUND', findings: '结论与底稿不符', deduction: '60' });
    await conclude(await check(theirs), { outcome: 'ISSUES_FOUND', findings: '未现场核查', deduction: '50.50' });

    const satisfaction = Object.values(agencies).map((x) => ({ agencyId: x.id, satisfaction: 90 }));
    await ok(
      'pes',
      `mutation($s: [AgencySatisfactionInput!]!) { computeAgencyRatings(year: 2024, satisfaction: $s) }`,
      { s: satisfaction },
    );
    const rows = (
      await db.query(
        `SELECT a.code, quantity::text, quality::text, effect::text, satisfaction::text, score::text, rating, checks,
                check_deduction::text FROM agency_rating ar JOIN agency a ON a.id = ar.agency_id WHERE ar.year = 2024 ORDER BY a.code`,
      )
    ).rows;
    const of = (code: string) => rows.find((r) => r.code === code)!;
    expect(of('xinhe')).toMatchObject({ quantity: '100.00', quality: '87.65', effect: '100.00', checks: 3 });
    expect(of('xinhe').check_deduction).toBe('12.35');
    expect(of('hengxin')).toMatchObject({ quality: '0.00', checks: 2, check_deduction: '110.50' });
    expect(of('tianzheng')).toMatchObject({ quality: '0.00', checks: 0, check_deduction: '0.00' });
    // The score is the rules' weighted score of the reduced quality.
    for (const r of rows)
      expect(agencyRating(r, DEFAULT_RULE_SET.agencyRating), r.code).toEqual({ score: r.score, rating: r.rating });
    // The graph shows the count and the deduction beside the quality.
    const graph = (
      await ok(
        'pes',
        `{ agencyRatings(year: 2024, filter: { agencyId: "${agencies.xinhe!.id}" }) { quality checks checkDeduction } }`,
      )
    ).agencyRatings;
    expect(graph).toEqual([{ quality: 87.65, checks: 3, checkDeduction: 12.35 }]);
    const audit = (
      await db.query(
        `SELECT after->'checks' AS checks FROM audit_log WHERE entity = 'AgencyRating' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [String(agencies.xinhe!.db)],
      )
    ).rows[0];
    expect(audit.checks).toEqual({ concluded: 3, deduction: '12.35', qualityBefore: '100.00' });
  });

  it('the work a check may take: every key evaluation and ex-ante re-assessment of the year, each agency’s alone on request', async () => {
    const WORK = `query($y: Int!, $a: ID) { agencyCheckableWork(year: $y, agencyId: $a) {
      subjectKind subjectId agencyId agencyName projectCode name unitName } }`;
    // Counted here straight from the tables: evaluations by agency of the budget year evaluated, re-assessments
    // by their project's year, agencies of the county.
    const expected = async (year: number, agency: number | null) =>
      (
        await db.query(
          `SELECT 'Evaluation:' || e.id AS subject FROM evaluation e JOIN agency a ON a.id = e.agency_id
            WHERE e.year = $1 AND a.region_id = $2 AND ($3::int IS NULL OR a.id = $3)
           UNION ALL
           SELECT 'ExAnteAssessment:' || x.id FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id
             JOIN agency a ON a.id = x.agency_id WHERE p.year = $1 AND a.region_id = $2 AND ($3::int IS NULL OR a.id = $3)`,
          [year, regionId, agency],
        )
      ).rows
        .map((r) => Buffer.from(r.subject).toString('base64url'))
        .sort();
    for (const year of [2022, 2024]) {
      const all = (await ok('pes', WORK, { y: year })).agencyCheckableWork;
      expect(all.map((w: any) => w.subjectId).sort(), String(year)).toEqual(await expected(year, null));
      expect(all.length, String(year)).toBeGreaterThan(0);
    }
    // 2024: the re-assessments the ratings test recorded, with their projects; 信合's alone.
    const xinhe = (await ok('pes', WORK, { y: 2024, a: agencies.xinhe!.id })).agencyCheckableWork;
    expect(xinhe.map((w: any) => w.subjectId).sort()).toEqual(await expected(2024, agencies.xinhe!.db));
    const reassessments = xinhe.filter((w: any) => w.subjectKind === 'EX_ANTE_REASSESSMENT');
    expect(reassessments.length).toBe(2);
    for (const w of reassessments) {
      expect(w.agencyId).toBe(agencies.xinhe!.id);
      expect(w.projectCode).toMatch(/^2024-/);
      expect(w.name.length).toBeGreaterThan(0);
    }
    // Only the performance section, which records checks, asks.
    for (const user of ['leader', 'agency-xinhe', 'unit-jyj'])
      expect((await as(user, WORK, { y: 2024 })).errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
  });
});
