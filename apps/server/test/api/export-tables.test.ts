import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { cell, download, readSheet, rowsWith, unzip } from '../support/files.js';

// The Ministry forms (issue 12 §2) downloaded over HTTP as each role, opened with exceljs and compared cell by
// cell, merge by merge, with oracles written here in SQL from the stored rows.

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

// The forms' words, written here from the forms themselves rather than taken from the server's code.
const LEVEL1_SQL = `CASE i.level1 WHEN 'OUTPUT' THEN '产出指标' WHEN 'BENEFIT' THEN '效益指标'
                     WHEN 'SATISFACTION' THEN '满意度指标' ELSE '成本指标' END`;
const LEVEL1_ORDER = `CASE i.level1 WHEN 'OUTPUT' THEN 1 WHEN 'BENEFIT' THEN 2 WHEN 'SATISFACTION' THEN 3 ELSE 4 END`;
const VALUE_SQL = `CASE i.comparator WHEN 'QUALITATIVE' THEN i.target_text
                     ELSE CASE i.comparator WHEN 'GE' THEN '≥' WHEN 'LE' THEN '≤' WHEN 'EQ' THEN '=' WHEN 'GT' THEN '>' ELSE '<' END
                          || trim_scale(i.target_value)::text END`;

/** The merges a three-level table must have: each run of equal keys over more than one row, in `column`. */
function runs(keys: string[], firstRow: number, column: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      if (i - 1 > start) out.push(`${column}${firstRow + start}:${column}${firstRow + i - 1}`);
      start = i;
    }
  }
  return out;
}

describe('the official tables, downloaded and read back', () => {
  const ctx = useServer();
  const tokens: Record<string, string> = {};
  let db: pg.Client;
  const get = (path: string, who?: string) =>
    download(`${ctx.server.url}/export${path}`, who ? tokens[who] : undefined);
  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    for (const who of ['pes', 'budget', 'unit-jyj', 'sec-jkw', 'sec-xc', 'agency-xinhe']) {
      tokens[who] = await login(ctx.graphqlUrl, who);
    }
  });
  afterAll(() => db?.end());

  it('项目支出绩效目标申报表: the project block, its budget in 万元 and the three-level indicator table with its merges', async () => {
    // A 2023 project whose targets have several level-2 groups and a qualitative indicator.
    const p = await one(`SELECT p.id, p.code, p.name, p.year, u.name AS unit, ff.name_zh AS family,
                                trim_scale(p.budget / 10000)::text AS wan
                           FROM project p JOIN unit u ON u.id = p.unit_id JOIN fund_family ff ON ff.code = p.fund_family
                          WHERE p.year = 2023 AND EXISTS (SELECT 1 FROM project_indicator q WHERE q.project_id = p.id
                                AND q.comparator = 'QUALITATIVE' AND q.retired_on IS NULL)
                          ORDER BY (SELECT count(DISTINCT (q.level1, q.level2)) FROM project_indicator q WHERE q.project_id = p.id) DESC, p.id
                          LIMIT 1`);
    const res = await get(`/projects/${gid('Project', p.id)}/targets.xlsx`, 'pes');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(
      `${p.code}-项目支出绩效目标申报表.xlsx`,
    );
    const ws = await readSheet(res.body);

    expect(cell(ws, 1, 1)).toBe('项目支出绩效目标申报表');
    expect(cell(ws, 2, 1)).toBe(`（${p.year}年度）`);
    expect(cell(ws, 3, 1)).toBe(`填报单位（盖章）：${p.unit}`);
    const [nameRow] = rowsWith(ws, 1, '项目名称');
    expect(cell(ws, nameRow!, 2)).toBe(p.name);
    const [codeRow] = rowsWith(ws, 1, '项目编码');
    expect(cell(ws, codeRow!, 2)).toBe(p.code);
    expect(cell(ws, codeRow!, 6)).toBe(p.family);
    const [moneyRow] = rowsWith(ws, 1, '项目资金（万元）');
    expect(cell(ws, moneyRow!, 2)).toBe('年度资金总额');
    expect(cell(ws, moneyRow!, 5)).toBe(Number(p.wan));

    const expected = (
      await db.query(
        `SELECT ${LEVEL1_SQL} AS level1, i.level2, i.name, ${VALUE_SQL} AS value, i.unit_of_measure,
                i.weight::float8 AS weight, CASE WHEN i.is_key THEN '是' ELSE '否' END AS key
           FROM project_indicator i WHERE i.project_id = $1 AND i.retired_on IS NULL
          ORDER BY ${LEVEL1_ORDER}, i.level2, i.id`,
        [p.id],
      )
    ).rows;
    const header = rowsWith(ws, 2, '一级指标')[0]!;
    const first = header + 1;
    const actual = expected.map((_, k) => [2, 3, 4, 5, 6, 7, 8].map((c) => cell(ws, first + k, c)));
    expect(actual).toEqual(
      expected.map((e) => [e.level1, e.level2, e.name, e.value, e.unit_of_measure, e.weight, e.key]),
    );
    const total = first + expected.length;
    expect(cell(ws, total, 2)).toBe('合计');
    const { sum } = await one(
      `SELECT sum(weight)::float8 AS sum FROM project_indicator WHERE project_id = $1 AND retired_on IS NULL`,
      [p.id],
    );
    expect(cell(ws, total, 7)).toBe(sum);

    const merges = ws.model.merges;
    expect(merges).toContain('A1:H1');
    expect(merges).toContain(`A${header}:A${total}`);
    for (const m of runs(
      expected.map((e) => e.level1),
      first,
      'B',
    ))
      expect(merges).toContain(m);
    for (const m of runs(
      expected.map((e) => `${e.level1}/${e.level2}`),
      first,
      'C',
    ))
      expect(merges).toContain(m);
    expect(merges.filter((m) => m.startsWith('B') && Number(m.split(':')[0]!.slice(1)) >= first)).toHaveLength(
      runs(
        expected.map((e) => e.level1),
        first,
        'B',
      ).length + 1, // and the 合计 row's merge
    );
    expect(rowsWith(ws, 1, '单位负责人（签字）：')).toHaveLength(1);
  });

  it('绩效监控情况表: execution against the share of the year, each indicator’s deviation, the rule’s verdicts and the flag’s measures', async () => {
    // An August report that failed on a key indicator and raised or escalated a flag with a rectification plan.
    const r = await one(`SELECT r.id, r.project_id, c.id AS checkpoint_id, c.period_end::text AS period_end,
                                trim_scale(r.budget / 10000)::text AS budget, trim_scale(r.executed / 10000)::text AS executed,
                                round(r.executed * 100 / r.budget, 2)::float8 AS rate,
                                r.failure_reasons @> '[{"code": "EXECUTION_BELOW_ELAPSED"}]' AS slow
                           FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                          WHERE c.year = 2023 AND c.month = 8 AND r.failure_reasons @> '[{"code": "KEY_INDICATOR_DEVIATION"}]'
                            AND EXISTS (SELECT 1 FROM flag f WHERE f.project_id = r.project_id AND f.rectification_plan <> ''
                                        AND (f.raised_checkpoint_id = c.id OR f.escalated_checkpoint_id = c.id))
                          ORDER BY r.id LIMIT 1`);
    expect(r).toBeDefined();
    const res = await get(`/projects/${gid('Project', r.project_id)}/monitoring/8.xlsx`, 'pes');
    expect(res.status).toBe(200);
    const ws = await readSheet(res.body);
    expect(cell(ws, 1, 1)).toBe('绩效监控情况表');
    expect(cell(ws, 2, 1)).toBe(`（2023年度，截至${r.period_end}）`);

    const [moneyHead] = rowsWith(ws, 1, '项目资金（万元）');
    expect(cell(ws, moneyHead!, 4)).toBe('截至8月执行数');
    expect([2, 4, 6, 8, 10].map((c) => cell(ws, moneyHead! + 1, c))).toEqual([
      Number(r.budget),
      Number(r.executed),
      r.rate,
      66.67, // 8/12 of the year
      r.slow ? '低于序时进度' : '正常',
    ]);

    // The rule of DOMAIN.md, written here in SQL: more than 20% off plan in the unfavourable direction.
    const indicators = (
      await db.query(
        `SELECT ${LEVEL1_SQL} AS level1, i.level2, i.name, i.is_key, trim_scale(a.planned_value)::text AS planned,
                trim_scale(a.actual_value)::text AS actual,
                round((a.actual_value - a.planned_value) * 100 / abs(a.planned_value), 2)::float8 AS deviation,
                CASE WHEN i.comparator = 'QUALITATIVE' OR a.planned_value IS NULL THEN '人工判断'
                     WHEN i.comparator IN ('GE', 'GT') AND a.actual_value < a.planned_value - abs(a.planned_value) * 0.2 THEN '偏离'
                     WHEN i.comparator IN ('LE', 'LT') AND a.actual_value > a.planned_value + abs(a.planned_value) * 0.2 THEN '偏离'
                     WHEN i.comparator = 'EQ' AND abs(a.actual_value - a.planned_value) > abs(a.planned_value) * 0.2 THEN '偏离'
                     ELSE '正常' END AS verdict,
                COALESCE(NULLIF(a.explanation, ''), '—') AS explanation
           FROM indicator_actual a JOIN project_indicator i ON i.id = a.project_indicator_id
          WHERE a.report_id = $1 ORDER BY ${LEVEL1_ORDER}, i.level2, i.id`,
        [r.id],
      )
    ).rows;
    const first = rowsWith(ws, 2, '一级指标')[0]! + 1;
    indicators.forEach((e, k) => {
      const row = first + k;
      expect([2, 3, 4, 6, 7, 9, 10, 11].map((c) => cell(ws, row, c))).toEqual([
        e.level1,
        e.level2,
        e.name,
        e.planned ?? '—',
        e.actual ?? '—',
        e.is_key ? '是' : '否',
        e.verdict,
        e.explanation,
      ]);
      expect(cell(ws, row, 8)).toBe(e.deviation ?? '—');
    });
    // The key indicators found deviating are exactly those the confirmation failed the project for.
    const failedKeys = (
      await db.query(
        `SELECT k.name FROM (SELECT i.name, row_number() OVER (ORDER BY i.id) - 1 AS idx
                               FROM indicator_actual a JOIN project_indicator i ON i.id = a.project_indicator_id
                              WHERE a.report_id = $1 AND i.is_key AND a.planned_value IS NOT NULL) k
          WHERE k.idx IN (SELECT (x->>'indicatorIndex')::int FROM monitoring_report r, jsonb_array_elements(r.failure_reasons) x
                           WHERE r.id = $1 AND x->>'code' = 'KEY_INDICATOR_DEVIATION')`,
        [r.id],
      )
    ).rows.map((x) => x.name);
    expect(failedKeys.length).toBeGreaterThan(0);
    expect(indicators.filter((e) => e.is_key && e.verdict === '偏离').map((e) => e.name)).toEqual(failedKeys);

    const [conclusion] = rowsWith(ws, 1, '监控结论');
    const text = String(cell(ws, conclusion!, 2));
    expect(text.startsWith('未达标：')).toBe(true);
    for (const name of failedKeys) expect(text).toContain(`关键指标“${name}”偏离计划超过规定比例`);

    const flags = (
      await db.query(
        `SELECT CASE f.level WHEN 'RED' THEN '红标' ELSE '黄标' END AS level, f.deadline::text AS deadline, f.rectification_plan
           FROM flag f WHERE f.project_id = $1 AND (f.raised_checkpoint_id = $2 OR f.escalated_checkpoint_id = $2) ORDER BY f.id`,
        [r.project_id, r.checkpoint_id],
      )
    ).rows;
    const levelRows = rowsWith(ws, 2, '预警等级');
    expect(levelRows).toHaveLength(flags.length);
    flags.forEach((f, k) => {
      expect(String(cell(ws, levelRows[k]!, 3)).startsWith(f.level)).toBe(true);
      expect(cell(ws, levelRows[k]!, 6)).toBe(f.deadline);
      expect(cell(ws, levelRows[k]! + 1, 2)).toBe('整改措施');
      expect(cell(ws, levelRows[k]! + 1, 3)).toBe(f.rectification_plan);
    });
  });

  it('项目支出绩效自评表: each part scored by the year’s weights adds up to the total, the grade names the cap that held it down', async () => {
    const e =
      await one(`SELECT e.project_id, trim_scale(e.budget / 10000)::text AS budget, trim_scale(e.executed / 10000)::text AS executed,
                                round(e.executed * 100 / e.budget, 2)::float8 AS rate,
                                round(10 * least(e.executed, e.budget) / e.budget, 2)::float8 AS execution,
                                round(50 * e.output_completion / 100, 2)::float8 AS output,
                                round(30 * e.benefit_completion / 100, 2)::float8 AS benefit,
                                round(10 * e.satisfaction_completion / 100, 2)::float8 AS satisfaction,
                                e.output_completion::float8 AS output_rate, e.benefit_completion::float8 AS benefit_rate,
                                e.satisfaction_completion::float8 AS satisfaction_rate, e.score::float8 AS score,
                                e.grade, e.uncapped_grade, e.evaluated_on::text AS evaluated_on,
                                (SELECT c->>'zh' FROM jsonb_array_elements(e.caps) c WHERE (c->>'applied')::boolean LIMIT 1) AS cap
                           FROM evaluation e
                          WHERE e.kind = 'SELF' AND e.year = 2022 AND e.caps @> '[{"applied": true}]'
                          ORDER BY e.id LIMIT 1`);
    expect(e).toBeDefined();
    // The parts the form shows add up to the stored score (the rule rounds each part, then adds them).
    expect(e.execution + e.output + e.benefit + e.satisfaction).toBeCloseTo(e.score, 9);
    const res = await get(`/projects/${gid('Project', e.project_id)}/self-evaluation.xlsx`, 'pes');
    expect(res.status).toBe(200);
    const ws = await readSheet(res.body);
    expect(cell(ws, 1, 1)).toBe('项目支出绩效自评表');
    expect(cell(ws, 2, 1)).toBe('（2022年度）');
    const [money] = rowsWith(ws, 1, '项目资金（万元）');
    expect([2, 4, 6, 7, 8].map((c) => cell(ws, money! + 1, c))).toEqual([
      Number(e.budget),
      Number(e.executed),
      10,
      e.rate,
      e.execution,
    ]);
    const head = rowsWith(ws, 2, '评价内容')[0]!;
    const part = (name: string) => {
      const row = rowsWith(ws, 2, name).find((r) => r > head);
      return [5, 6, 8].map((c) => cell(ws, row!, c));
    };
    expect(part('预算执行率')).toEqual([10, e.rate, e.execution]);
    expect(part('产出指标')).toEqual([50, e.output_rate, e.output]);
    expect(part('效益指标')).toEqual([30, e.benefit_rate, e.benefit]);
    expect(part('满意度指标')).toEqual([10, e.satisfaction_rate, e.satisfaction]);
    expect(part('总分')).toEqual([100, '', e.score]);
    const zh: Record<string, string> = { EXCELLENT: '优', GOOD: '良', MEDIUM: '中', POOR: '差' };
    const [gradeRow] = rowsWith(ws, 1, '评价等次');
    expect(cell(ws, gradeRow!, 2)).toBe(`${zh[e.grade]}（按得分为${zh[e.uncapped_grade]}；${e.cap}）`);
    // Signed with the date it was evaluated.
    expect(rowsWith(ws, 1, `填报日期：${e.evaluated_on}`)).toHaveLength(1);
  });

  it('lists the problems found by the project’s evaluations with their remedies', async () => {
    const p = await one(`SELECT e.project_id FROM evaluation e JOIN evaluation_finding f ON f.evaluation_id = e.id
                          WHERE e.kind = 'KEY' AND f.upheld AND EXISTS (SELECT 1 FROM evaluation s WHERE s.project_id = e.project_id AND s.kind = 'SELF')
                          GROUP BY e.project_id ORDER BY count(*) DESC, e.project_id LIMIT 1`);
    const findings = (
      await db.query(
        `SELECT f.text, f.suggestion FROM evaluation_finding f JOIN evaluation e ON e.id = f.evaluation_id
          WHERE e.project_id = $1 AND f.upheld ORDER BY e.id, f.id`,
        [p.project_id],
      )
    ).rows;
    const ws = await readSheet(
      (await get(`/projects/${gid('Project', p.project_id)}/self-evaluation.xlsx`, 'pes')).body,
    );
    const [label] = rowsWith(ws, 1, '存在的问题和改进措施');
    expect(findings.map((_, k) => [cell(ws, label! + k, 3), cell(ws, label! + k, 6)])).toEqual(
      findings.map((f) => [f.text, f.suggestion]),
    );
  });

  it('部门整体支出绩效评价表: a unit’s whole budget, score and grade, for those who see its unit-wide evaluation', async () => {
    const e = await one(`SELECT u.id, u.code, u.name, trim_scale(e.budget / 10000)::text AS budget,
                                trim_scale(e.executed / 10000)::text AS executed, round(e.executed * 100 / e.budget, 2)::float8 AS rate,
                                COALESCE(e.expert_score, e.score)::float8 AS score,
                                CASE e.grade WHEN 'EXCELLENT' THEN '优' WHEN 'GOOD' THEN '良' WHEN 'MEDIUM' THEN '中' ELSE '差' END AS grade
                           FROM evaluation e JOIN unit u ON u.id = e.unit_id
                          WHERE e.kind = 'UNIT_WIDE' AND e.year = 2022 AND u.code = 'jyj'`);
    const path = `/units/${gid('Unit', e.id)}/2022/unit-wide-evaluation.xlsx`;
    const res = await get(path, 'pes');
    expect(res.status).toBe(200);
    const ws = await readSheet(res.body);
    expect(cell(ws, 1, 1)).toBe('部门整体支出绩效评价表');
    expect(cell(ws, rowsWith(ws, 1, '部门（单位）名称')[0]!, 2)).toBe(e.name);
    const [money] = rowsWith(ws, 1, '部门预算资金（万元）');
    expect([2, 4, 6].map((c) => cell(ws, money! + 1, c))).toEqual([Number(e.budget), Number(e.executed), e.rate]);
    expect(cell(ws, rowsWith(ws, 1, '评价得分')[0]!, 2)).toBe(e.score);
    expect(String(cell(ws, rowsWith(ws, 1, '评价等次')[0]!, 2)).startsWith(e.grade)).toBe(true);
    // The unit itself and its business section see it; a fund section's portfolio has no unit-wide rows.
    expect((await get(path, 'unit-jyj')).status).toBe(200);
    expect((await get(path, 'sec-jkw')).status).toBe(200);
    expect((await get(path, 'sec-xc')).status).toBe(404);
    expect((await get(`/units/${gid('Unit', e.id)}/2023/unit-wide-evaluation.xlsx`, 'pes')).status).toBe(404);
    // And it opens the unit's zip of the year.
    const files = Object.keys(unzip((await get(`/units/${gid('Unit', e.id)}/2022/tables.zip`, 'pes')).body));
    expect(files).toContain(`${e.code}-部门整体支出绩效评价表-2022.xlsx`);
  });

  it('answers 404 outside the viewer’s scope, for unknown forms and checkpoints, and 401 without a token', async () => {
    const own = await one(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.code = 'jyj' AND p.year = 2023 LIMIT 1`,
    );
    // A project of a unit another business section supervises.
    const other =
      await one(`SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id JOIN section s ON s.id = u.supervising_section_id
                              WHERE s.name <> '教科文科' AND NOT u.classified AND p.year = 2023 ORDER BY p.id LIMIT 1`);
    const classified = await one(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.classified AND p.year = 2023 LIMIT 1`,
    );
    const agencyOwn = await one(`SELECT e.project_id AS id FROM evaluation e JOIN agency a ON a.id = e.agency_id
                                  WHERE a.code = 'xinhe' LIMIT 1`);
    const cases: [string, string | undefined, number][] = [
      [`/projects/${gid('Project', own.id)}/targets.xlsx`, 'unit-jyj', 200],
      [`/projects/${gid('Project', other.id)}/targets.xlsx`, 'unit-jyj', 404],
      [`/projects/${gid('Project', own.id)}/targets.xlsx`, 'sec-jkw', 200],
      [`/projects/${gid('Project', other.id)}/targets.xlsx`, 'sec-jkw', 404],
      [`/projects/${gid('Project', classified.id)}/targets.xlsx`, 'budget', 404],
      [`/projects/${gid('Project', classified.id)}/targets.xlsx`, 'pes', 200],
      [`/projects/${gid('Project', agencyOwn.id)}/self-evaluation.xlsx`, 'agency-xinhe', 200],
      [`/projects/${gid('Project', own.id)}/targets.xlsx`, 'agency-xinhe', 404],
      [`/projects/${gid('Project', own.id)}/targets.xlsx`, undefined, 401],
      [`/projects/${gid('Project', own.id)}/budget.xlsx`, 'pes', 404],
      [`/projects/${gid('Project', own.id)}/monitoring/7.xlsx`, 'pes', 404],
      [`/projects/${gid('Project', own.id)}/monitoring.xlsx`, 'pes', 404],
      [`/projects/${gid('Unit', own.id)}/targets.xlsx`, 'pes', 404],
      [`/units/${gid('Unit', 1)}/20x3/tables.zip`, 'pes', 400],
    ];
    for (const [path, who, status] of cases) {
      const res = await get(path, who);
      expect({ path, who, status: res.status }).toEqual({ path, who, status });
      if (status !== 200) expect(JSON.parse(res.body.toString()).errors[0].extensions.code).toBeTruthy();
    }
  });

  it('zips every form of a unit’s year that the viewer may see: a fund section only its family’s projects', async () => {
    const unit =
      await one(`SELECT u.id, u.code FROM unit u JOIN project p ON p.unit_id = u.id WHERE p.year = 2023 AND NOT u.classified
                             GROUP BY u.id HAVING count(*) FILTER (WHERE p.fund_family = 'RURAL_REVITALIZATION') > 0
                                AND count(*) FILTER (WHERE p.fund_family <> 'RURAL_REVITALIZATION') > 0
                             ORDER BY u.id LIMIT 1`);
    const names = async (family: string | null) =>
      (
        await db.query(
          `SELECT p.code || '-项目支出绩效目标申报表.xlsx' AS name FROM project p
            WHERE p.unit_id = $1 AND p.year = 2023 AND ($2::text IS NULL OR p.fund_family = $2)
              AND EXISTS (SELECT 1 FROM project_indicator i WHERE i.project_id = p.id AND i.retired_on IS NULL)
           UNION ALL
           SELECT p.code || '-绩效监控情况表-' || c.month || '月.xlsx' FROM project p
             JOIN monitoring_report r ON r.project_id = p.id AND r.status <> 'DRAFT'
             JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
            WHERE p.unit_id = $1 AND p.year = 2023 AND ($2::text IS NULL OR p.fund_family = $2)
           UNION ALL
           SELECT p.code || '-项目支出绩效自评表.xlsx' FROM project p JOIN evaluation e ON e.project_id = p.id AND e.kind = 'SELF'
            WHERE p.unit_id = $1 AND p.year = 2023 AND ($2::text IS NULL OR p.fund_family = $2) AND e.score IS NOT NULL`,
          [unit.id, family],
        )
      ).rows
        .map((r) => r.name as string)
        .sort();

    const all = await get(`/units/${gid('Unit', unit.id)}/2023/tables.zip`, 'pes');
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('application/zip');
    const files = unzip(all.body);
    expect(Object.keys(files).sort()).toEqual(await names(null));

    const rural = unzip((await get(`/units/${gid('Unit', unit.id)}/2023/tables.zip`, 'sec-xc')).body);
    expect(Object.keys(rural).sort()).toEqual(await names('RURAL_REVITALIZATION'));
    // Each file is a form that opens, of the project its name says.
    const [name, content] = Object.entries(rural)[0]!;
    const ws = await readSheet(Buffer.from(content));
    expect(cell(ws, rowsWith(ws, 1, '项目编码')[0]!, 2)).toBe(name.split('-项目')[0]!.split('-绩效')[0]);

    // A unit the viewer does not see is not found.
    const other = await one(`SELECT id FROM unit WHERE code = 'wjw'`);
    expect((await get(`/units/${gid('Unit', other.id)}/2023/tables.zip`, 'unit-jyj')).status).toBe(404);
  });

  it('zips a year with a folder per unit, only the viewer’s units', async () => {
    const res = await get('/years/2022/tables.zip', 'unit-jyj');
    expect(res.status).toBe(200);
    const files = Object.keys(unzip(res.body));
    const { folder, projects } = await one(
      `SELECT u.code || '-' || u.name || '/' AS folder, count(*)::int AS projects
         FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.code = 'jyj' AND p.year = 2022 GROUP BY u.id`,
    );
    expect(new Set(files.map((f) => f.slice(0, f.indexOf('/') + 1)))).toEqual(new Set([folder]));
    // 2022's projects each have targets and a self-evaluation.
    expect(files.filter((f) => f.endsWith('-项目支出绩效自评表.xlsx'))).toHaveLength(projects);
    expect(files.filter((f) => f.endsWith('-项目支出绩效目标申报表.xlsx'))).toHaveLength(projects);
  });
});
