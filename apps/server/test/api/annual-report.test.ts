import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { docxParagraphs, download } from '../support/files.js';

// The year's report (issue 12 §3), downloaded as .docx over HTTP and read back from word/document.xml.
// Expected figures are DOMAIN.md's table, written here; the words around them are the default template's.

const TEMPLATE_FIELDS = `version isDefault sections { key level title body defaultTitle defaultBody } placeholders { name kind formats }`;

describe('the annual report, written from the data', () => {
  const ctx = useServer();
  const tokens: Record<string, string> = {};
  let db: pg.Client;
  const report = (year: number | string, who?: string) =>
    download(`${ctx.server.url}/export/reports/${year}/annual-report.docx`, who ? tokens[who] : undefined);
  const text = async (who: string, year = 2023) => {
    const res = await report(year, who);
    expect(res.status).toBe(200);
    return docxParagraphs(res.body);
  };
  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
  const save = (who: string, sections: { key: string; title: string; body: string }[], version: number) =>
    gql(
      ctx.graphqlUrl,
      `mutation($s: [ReportSectionInput!]!, $v: Int!) { saveReportTemplate(sections: $s, version: $v) { ${TEMPLATE_FIELDS} } }`,
      { s: sections, v: version },
      tokens[who],
    );

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    for (const who of ['pes', 'leader', 'budget', 'unit-jyj', 'sec-jkw'])
      tokens[who] = await login(ctx.graphqlUrl, who);
  });
  afterAll(() => db?.end());

  it('states every figure of the county’s 2023 report (DOMAIN.md) at the report’s precision, as the performance section', async () => {
    const res = await report(2023, 'pes');
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('2023年度预算绩效管理工作情况.docx');
    const paragraphs = docxParagraphs(res.body);
    const all = paragraphs.join('\n');
    const figures = [
      // 2023 targets: 321 projects, 6.45 亿, of which annual-budget 101, 3.64 亿
      '全县共编制绩效目标项目321个，涉及资金达6.45亿元',
      '其中年初预算项目101个，涉及资金3.64亿元',
      // unit-wide targets: 58 reviewed, 36 returned, 70 issues
      '对58家部门整体绩效目标',
      '共退回单位修改绩效目标36个，完善相关问题70处',
      // ex-ante: 2 projects, 36.56 万
      '新增2个项目涉及资金36.56万元',
      // checkpoints
      '截至2023年5月，监控项目总数为132个，涉及资金4.68亿元，执行数1.33亿元，执行率为28.4%',
      '截至2023年8月，监控项目总数为321个，涉及资金6.45亿元，执行数4.66亿元，执行率达72.2%',
      // flags: May 69 yellow; August 3 red, 18 first-time yellow
      '5月监控69个黄标项目',
      '仅有3个项目未达标升级为红标，初次黄标项目18个',
      // 2022 evaluations, made in 2023
      '对2022年度全部257个10.71亿元项目开展了项目支出绩效自评',
      '选取其中的90个项目开展部门绩效评价，评价为“优”等次项目82个、占比91%',
      '对除涉密单位外的52家部门单位开展部门整体支出评价，评价“优”等次整体51个、占比98%',
      '10个项目引入第三方机构进行现场核查，涉及金额5532.6万元',
      '第三方机构提出问题和建议17条',
      '评定为“中”的17个、“差”的10个项目',
      // indicator libraries and training
      '共性指标体系10类183条三级指标',
      '18个行业领域538条三级指标',
      '开展专项培训7场，参与人数累计达520人',
    ];
    for (const f of figures) expect(all, f).toContain(f);
    // The seed report's parts, numbered as it numbers them.
    expect(paragraphs[0]).toBe('尉犁县2023年度预算绩效管理工作情况');
    for (const heading of [
      '一、预算绩效管理工作开展情况',
      '（一）完善制度建设，压实主体责任。',
      '（三）强化绩效监控，建立跟踪机制。',
      '（六）推进信息化建设，探索绩效改革创新。',
      '二、存在的主要问题',
      '（二）预算单位绩效自评质量较低。',
      '三、下一步工作计划',
    ])
      expect(paragraphs).toContain(heading);
    expect(all).not.toMatch(/\{\{|\}\}|—/);
  });

  it('takes cuts, agency ratings and disclosure from the analytics contract, which agrees with SQL', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ cuts: resultApplicationSummary(year: 2022) { projectCount mediumCount poorCount proposedCut decidedCount acceptedCut }
         targets: disclosureSummary(year: 2023) { approvedTargetCount publishedTargetCount }
         evaluations: disclosureSummary(year: 2022) { finalEvaluationCount publishedEvaluationCount } }`,
      {},
      tokens.pes,
    );
    expect(res.errors).toBeUndefined();
    const cuts = await one(`SELECT count(*)::int AS n, count(*) FILTER (WHERE ra.grade = 'MEDIUM')::int AS medium,
                                   count(*) FILTER (WHERE ra.grade = 'POOR')::int AS poor, sum(ra.proposed_cut)::text AS proposed,
                                   count(ra.accepted_cut)::int AS decided, sum(ra.accepted_cut)::text AS accepted,
                                   round(sum(ra.proposed_cut) / 10000, 2)::text AS proposed_wan,
                                   round(sum(ra.accepted_cut) / 10000, 2)::text AS accepted_wan
                              FROM result_application ra JOIN evaluation e ON e.id = ra.evaluation_id WHERE e.year = 2022`);
    expect(res.data!.cuts).toEqual({
      projectCount: cuts.n,
      mediumCount: cuts.medium,
      poorCount: cuts.poor,
      proposedCut: cuts.proposed,
      decidedCount: cuts.decided,
      acceptedCut: cuts.accepted,
    });
    // The cuts follow the grades of DOMAIN.md: 17 中 and 10 差.
    expect([cuts.medium, cuts.poor]).toEqual([17, 10]);
    const targets = await one(`SELECT count(*)::int AS approved, count(targets_published_on)::int AS published
                                 FROM project WHERE year = 2023 AND target_status = 'APPROVED'`);
    expect(res.data!.targets).toEqual({
      approvedTargetCount: targets.approved,
      publishedTargetCount: targets.published,
    });
    const evaluations = await one(`SELECT count(*)::int AS final, count(published_on)::int AS published
                                     FROM evaluation WHERE year = 2022 AND status = 'FINAL'`);
    expect(res.data!.evaluations).toEqual({
      finalEvaluationCount: evaluations.final,
      publishedEvaluationCount: evaluations.published,
    });
    const ratings = (
      await db.query(`SELECT rating, count(*)::int AS n FROM agency_rating WHERE year = 2023 GROUP BY 1`)
    ).rows;
    const rated = (r: string) => ratings.find((x) => x.rating === r)?.n ?? 0;

    const all = (await text('pes')).join('\n');
    expect(all).toContain(
      `按规则建议压减下年度项目预算${cuts.proposed_wan}万元，预算科确定压减${cuts.accepted_wan}万元`,
    );
    expect(all).toContain(`公开2023年度项目绩效目标${targets.published}个`);
    expect(all).toContain(`公开2022年度绩效评价结果${evaluations.published}个`);
    expect(all).toContain(`评为A级${rated('A')}家、B级${rated('B')}家、C级${rated('C')}家、D级${rated('D')}家`);
  });

  it('is the same report for leadership; other roles are refused, a bad year is an input error', async () => {
    expect(await text('leader')).toEqual(await text('pes'));
    for (const who of ['budget', 'unit-jyj', 'sec-jkw']) expect((await report(2023, who)).status).toBe(403);
    expect((await report(2023)).status).toBe(401);
    const bad = await report('1999', 'pes');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
    });
  });

  it('refuses a template with an unknown or misformatted placeholder, naming the field, and changes nothing', async () => {
    const res = await gql(ctx.graphqlUrl, `{ reportTemplate { ${TEMPLATE_FIELDS} } }`, {}, tokens.pes);
    const t = res.data!.reportTemplate;
    expect(t).toMatchObject({ version: 0, isDefault: true });
    expect(t.placeholders.find((p: any) => p.name === 'targets.budget')).toEqual({
      name: 'targets.budget',
      kind: 'money',
      formats: ['亿', '万', '元'],
    });
    const base = t.sections.map((s: any) => ({ key: s.key, title: s.title, body: s.body }));
    const at = base.findIndex((s: any) => s.key === 'evaluation');
    const withBody = (body: string) => base.map((s: any, i: number) => (i === at ? { ...s, body } : s));
    const before = await one(
      `SELECT (SELECT count(*) FROM report_template)::int AS templates, (SELECT count(*) FROM audit_log)::int AS audit`,
    );

    const cases: [unknown[], string, RegExp][] = [
      [
        withBody('共{{targets.nope}}个'),
        `sections[${at}].body`,
        /未知占位符 \{\{targets\.nope\}\}.*unknown placeholder/,
      ],
      [withBody('{{targets.budget|%}}'), `sections[${at}].body`, /单位只能是.*the unit can only be/],
      [withBody('{{targets.projectCount:2}}'), `sections[${at}].body`, /小数位数.*decimals/],
      [withBody('{{key.budget|万:5}}'), `sections[${at}].body`, /小数位数.*decimals/],
      [withBody('执行率{{checkpoint1.executionRate'), `sections[${at}].body`, /花括号不成对.*braces/],
      [
        base.map((s: any, i: number) => (i === 0 ? { ...s, title: '{{year}}年{{nope}}' } : s)),
        'sections[0].title',
        /未知占位符/,
      ],
      [[...base, { key: 'appendix', title: '', body: '' }], `sections[${base.length}].key`, /appendix/],
      [[...base, base[1]], `sections[${base.length}].key`, /重复/],
      [base.slice(1), 'sections', /缺少部分：intro/],
    ];
    for (const [sections, field, message] of cases) {
      const r = await save('pes', sections as never, 0);
      expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors![0]!.message).toMatch(message);
    }
    expect((await save('leader', base, 0)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await save('unit-jyj', base, 0)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await one(
        `SELECT (SELECT count(*) FROM report_template)::int AS templates, (SELECT count(*) FROM audit_log)::int AS audit`,
      ),
    ).toEqual(before);
  });

  it('writes the report from the saved template, audited and versioned, for the whole county', async () => {
    const t = (await gql(ctx.graphqlUrl, `{ reportTemplate { ${TEMPLATE_FIELDS} } }`, {}, tokens.pes)).data!
      .reportTemplate;
    const sections = t.sections.map((s: any) =>
      s.key === 'evaluation'
        ? {
            key: s.key,
            title: '（四）重点评价',
            body: '重点评价涉及金额{{key.budget|万:2}}万元（{{key.budget|元}}元），自评“优”占比{{self.excellentShare|%:1}}%。\n第二段：{{regionName}}。',
          }
        : { key: s.key, title: s.title, body: s.body },
    );
    const saved = await save('pes', sections, 0);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveReportTemplate).toMatchObject({ version: 1, isDefault: false });
    const audit = await one(
      `SELECT a.action, u.username, a.after->'sections' AS sections FROM audit_log a JOIN app_user u ON u.id = a.user_id
        WHERE a.entity = 'ReportTemplate' ORDER BY a.id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ action: 'SAVE', username: 'pes' });
    expect(audit.sections).toEqual(sections);
    // Saving over a version someone else changed is a conflict, and changes nothing.
    expect((await save('pes', sections, 0)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const key = await one(`SELECT round(sum(budget) / 10000, 2)::text AS wan, sum(budget)::text AS yuan
                             FROM evaluation e WHERE e.year = 2022 AND e.kind = 'KEY' AND e.status = 'FINAL'`);
    const self =
      await one(`SELECT round(count(*) FILTER (WHERE grade = 'EXCELLENT') * 100.0 / count(*), 1)::text AS share
                              FROM evaluation WHERE year = 2022 AND kind = 'SELF' AND status = 'FINAL'`);
    for (const who of ['pes', 'leader']) {
      const paragraphs = await text(who);
      expect(paragraphs).toContain('（四）重点评价');
      expect(paragraphs).toContain(`重点评价涉及金额${key.wan}万元（${key.yuan}元），自评“优”占比${self.share}%。`);
      expect(paragraphs).toContain('第二段：尉犁县。');
      expect(paragraphs).not.toContain('（四）优化评价机制，扩大评价范围。');
    }
  });
});
