import type pg from 'pg';

/**
 * The analytics summaries (execution_summary, flag_summary, evaluation_summary, execution_region_summary,
 * target_summary, target_region_summary, target_review_summary, report_due, project_latest, latest_summary,
 * latest_grade_summary, flag_region_summary, evaluation_region_summary, open_flag_summary,
 * execution_section_summary, latest_section_summary, execution_flag_summary, execution_flag_region_summary,
 * latest_grade_section_summary, execution_unit_summary, flag_region_all_funds: migrations 1796530000000,
 * 1796530100000, 1796530200000, 1796589767955, 1796600000000, 1796600200000, 1796600400000, 1796600500000,
 * 1796600900000, 1796601100000, 1796601200000, 1796601300000, 1796601500000, 1796601700000 and 1796602000000)
 * against the same figures computed here from the raw rows, by SQL written for the test. Returns the rows that
 * differ either way (EXCEPT compares numerics by value, so exactly to the fen; empty when every summary row is
 * right and none is missing).
 */
export async function summaryMismatches(db: pg.Client | pg.Pool): Promise<unknown[]> {
  const execution = await differences(
    db,
    'execution_summary',
    `SELECT r.checkpoint_id, p.region_id, p.unit_id, p.fund_family, p.year,
              count(*)::int AS project_count, sum(r.budget) AS budget, sum(r.executed) AS executed
         FROM monitoring_report r JOIN project p ON p.id = r.project_id
        WHERE r.status <> 'DRAFT'
        GROUP BY 1, 2, 3, 4, 5`,
    `SELECT checkpoint_id, region_id, unit_id, fund_family, year, project_count, budget, executed
             FROM execution_summary`,
  );
  const flags = await differences(
    db,
    'flag_summary',
    `SELECT p.region_id, p.year, p.unit_id, p.fund_family, f.level, f.raised_checkpoint_id,
              f.escalated_checkpoint_id, f.closed_on, count(*)::int AS n
         FROM flag f JOIN project p ON p.id = f.project_id
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    `SELECT region_id, year, unit_id, fund_family, level, raised_checkpoint_id, escalated_checkpoint_id,
                  closed_on, n FROM flag_summary`,
  );
  const evaluations = await differences(
    db,
    'evaluation_summary',
    `SELECT e.year, e.kind, e.grade, e.unit_id, e.project_id IS NOT NULL AS project, p.region_id,
              p.unit_id AS project_unit_id, p.fund_family, p.year::int AS project_year,
              count(*)::int AS n, sum(e.budget) AS budget,
              COALESCE(sum((SELECT count(*) FROM evaluation_finding f WHERE f.evaluation_id = e.id)), 0)::int AS findings
         FROM evaluation e LEFT JOIN project p ON p.id = e.project_id
        WHERE e.status = 'FINAL'
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    `SELECT year, kind, grade, unit_id, project, region_id, project_unit_id, fund_family, project_year, n, budget,
                  findings FROM evaluation_summary`,
  );
  // The county rollups of the two above, from the raw rows.
  const flagRegions = await differences(
    db,
    'flag_region_summary',
    `SELECT p.region_id, p.year, p.fund_family, f.level, f.raised_checkpoint_id, f.escalated_checkpoint_id,
              f.closed_on, count(*)::int AS n
         FROM flag f JOIN project p ON p.id = f.project_id
        GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    `SELECT region_id, year, fund_family, level, raised_checkpoint_id, escalated_checkpoint_id, closed_on, n
             FROM flag_region_summary`,
  );
  const flagAllFunds = await differences(
    db,
    'flag_region_all_funds',
    `SELECT p.region_id, p.year, f.level, f.raised_checkpoint_id, f.escalated_checkpoint_id, f.closed_on,
              count(*)::int AS n
         FROM flag f JOIN project p ON p.id = f.project_id
        GROUP BY 1, 2, 3, 4, 5, 6`,
    `SELECT region_id, year, level, raised_checkpoint_id, escalated_checkpoint_id, closed_on, n
             FROM flag_region_all_funds`,
  );
  const evaluationRegions = await differences(
    db,
    'evaluation_region_summary',
    `SELECT p.region_id, e.year, e.kind, e.grade, p.fund_family, p.year::int AS project_year,
              count(*)::int AS n, sum(e.budget) AS budget,
              COALESCE(sum((SELECT count(*) FROM evaluation_finding f WHERE f.evaluation_id = e.id)), 0)::int AS findings
         FROM evaluation e JOIN project p ON p.id = e.project_id
        WHERE e.status = 'FINAL'
        GROUP BY 1, 2, 3, 4, 5, 6`,
    `SELECT region_id, year, kind, grade, fund_family, project_year, n, budget, findings
             FROM evaluation_region_summary`,
  );
  const regions = await differences(
    db,
    'execution_region_summary',
    `SELECT r.checkpoint_id, p.region_id, p.fund_family, p.year,
              count(*)::int AS project_count, sum(r.budget) AS budget, sum(r.executed) AS executed
         FROM monitoring_report r JOIN project p ON p.id = r.project_id
        WHERE r.status <> 'DRAFT'
        GROUP BY 1, 2, 3, 4`,
    `SELECT checkpoint_id, region_id, fund_family, year, project_count, budget, executed
             FROM execution_region_summary`,
  );
  const sections = await differences(
    db,
    'execution_section_summary',
    `SELECT r.checkpoint_id, p.region_id, u.supervising_section_id AS section_id, p.fund_family, p.year,
              count(*)::int AS project_count, sum(r.budget) AS budget, sum(r.executed) AS executed
         FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
        WHERE r.status <> 'DRAFT'
        GROUP BY 1, 2, 3, 4, 5`,
    `SELECT checkpoint_id, region_id, section_id, fund_family, year, project_count, budget, executed
             FROM execution_section_summary`,
  );
  const units = await differences(
    db,
    'execution_unit_summary',
    `SELECT r.checkpoint_id, p.region_id, p.unit_id, p.year,
              count(*)::int AS project_count, sum(r.budget) AS budget, sum(r.executed) AS executed
         FROM monitoring_report r JOIN project p ON p.id = r.project_id
        WHERE r.status <> 'DRAFT'
        GROUP BY 1, 2, 3, 4`,
    `SELECT checkpoint_id, region_id, unit_id, year, project_count, budget, executed FROM execution_unit_summary`,
  );
  const targets = await differences(
    db,
    'target_summary',
    `SELECT p.year::int, p.region_id, p.unit_id, p.fund_family, count(*)::int AS project_count, sum(p.budget) AS budget,
              (count(*) FILTER (WHERE p.in_annual_budget))::int AS annual_count,
              COALESCE(sum(p.budget) FILTER (WHERE p.in_annual_budget), 0) AS annual_budget,
              (count(*) FILTER (WHERE x.conclusion = 'SUPPORT'))::int AS ex_ante_count,
              COALESCE(sum(p.budget) FILTER (WHERE x.conclusion = 'SUPPORT'), 0) AS ex_ante_budget
         FROM project p LEFT JOIN ex_ante_assessment x ON x.project_id = p.id AND x.status = 'CONCLUDED'
        WHERE p.target_status = 'APPROVED'
        GROUP BY 1, 2, 3, 4`,
    `SELECT year, region_id, unit_id, fund_family, project_count, budget, annual_count, annual_budget,
                  ex_ante_count, ex_ante_budget FROM target_summary`,
  );
  const targetRegions = await differences(
    db,
    'target_region_summary',
    `SELECT p.year::int, p.region_id, p.fund_family, count(*)::int AS project_count, sum(p.budget) AS budget,
              (count(*) FILTER (WHERE p.in_annual_budget))::int AS annual_count,
              COALESCE(sum(p.budget) FILTER (WHERE p.in_annual_budget), 0) AS annual_budget,
              (count(*) FILTER (WHERE x.conclusion = 'SUPPORT'))::int AS ex_ante_count,
              COALESCE(sum(p.budget) FILTER (WHERE x.conclusion = 'SUPPORT'), 0) AS ex_ante_budget
         FROM project p LEFT JOIN ex_ante_assessment x ON x.project_id = p.id AND x.status = 'CONCLUDED'
        WHERE p.target_status = 'APPROVED'
        GROUP BY 1, 2, 3`,
    `SELECT year, region_id, fund_family, project_count, budget, annual_count, annual_budget,
                  ex_ante_count, ex_ante_budget FROM target_region_summary`,
  );
  const reviews = await differences(
    db,
    'target_review_summary',
    `SELECT t.year::int, t.unit_id, count(*)::int AS review_count,
              (count(*) FILTER (WHERE t.outcome = 'RETURNED'))::int AS returned_count,
              COALESCE(sum(t.issue_count) FILTER (WHERE t.outcome = 'RETURNED'), 0)::int AS issue_count
         FROM target_review t
        WHERE t.subject = 'UNIT_WIDE' AND t.stage = 'PERFORMANCE'
        GROUP BY 1, 2`,
    `SELECT year, unit_id, review_count, returned_count, issue_count FROM target_review_summary`,
  );
  // The reports still due (the chase list): written here from the rule, not from the migration's SQL.
  const due = await differences(
    db,
    'report_due',
    `SELECT c.id AS checkpoint_id, p.id AS project_id, p.code::text
         FROM monitoring_checkpoint c JOIN project p ON p.region_id = c.region_id AND p.year = c.year
        WHERE c.scope = 'PROJECT' AND p.target_status = 'APPROVED' AND p.budgeted_on <= c.period_end
          AND NOT EXISTS (SELECT 1 FROM monitoring_report r
                           WHERE r.project_id = p.id AND r.checkpoint_id = c.id AND r.status IN ('SUBMITTED', 'REVIEWED', 'CONFIRMED'))`,
    `SELECT checkpoint_id, project_id, code::text FROM report_due`,
  );
  // Each project's latest report (by its checkpoint's period end, not a draft), the grade of its final
  // self-evaluation, its highest open flag and its latest report of any status (period end, then id); and the
  // first three summed.
  const latest = `SELECT p.id AS project_id, p.region_id, p.unit_id, p.fund_family, p.year::int, p.budget,
       (SELECT r.executed FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
         WHERE r.project_id = p.id AND r.status IN ('SUBMITTED', 'REVIEWED', 'CONFIRMED')
         ORDER BY c.period_end DESC, c.id DESC LIMIT 1) AS executed,
       COALESCE((SELECT e.grade FROM evaluation e WHERE e.project_id = p.id AND e.kind = 'SELF' AND e.status = 'FINAL'),
                'NONE')::text AS self_grade,
       CASE WHEN EXISTS (SELECT 1 FROM flag f WHERE f.project_id = p.id AND f.status = 'OPEN' AND f.level = 'RED') THEN 2
            WHEN EXISTS (SELECT 1 FROM flag f WHERE f.project_id = p.id AND f.status = 'OPEN') THEN 1 ELSE 0 END AS top_flag,
       (SELECT r.id FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
         WHERE r.project_id = p.id ORDER BY c.period_end DESC, r.id DESC LIMIT 1) AS latest_report_id
       FROM project p`;
  const latestRows = await differences(
    db,
    'project_latest',
    latest,
    `SELECT project_id, region_id, unit_id, fund_family, year, budget, executed, self_grade::text, top_flag::int,
                  latest_report_id FROM project_latest`,
  );
  const latestSums = await differences(
    db,
    'latest_summary',
    `SELECT region_id, unit_id, fund_family, year, count(*)::int AS project_count,
              sum(budget) AS budget, COALESCE(sum(executed), 0) AS executed
         FROM (${latest}) l GROUP BY 1, 2, 3, 4`,
    `SELECT region_id, unit_id, fund_family, year, project_count, budget, executed FROM latest_summary`,
  );
  const latestSections = await differences(
    db,
    'latest_section_summary',
    `SELECT l.region_id, u.supervising_section_id AS section_id, l.fund_family, l.year, count(*)::int AS project_count,
              sum(l.budget) AS budget, COALESCE(sum(l.executed), 0) AS executed
         FROM (${latest}) l JOIN unit u ON u.id = l.unit_id GROUP BY 1, 2, 3, 4`,
    `SELECT region_id, section_id, fund_family, year, project_count, budget, executed FROM latest_section_summary`,
  );
  const gradeSums = await differences(
    db,
    'latest_grade_summary',
    `SELECT region_id, unit_id, fund_family, year, self_grade, top_flag, count(*)::int AS project_count,
              sum(budget) AS budget, COALESCE(sum(executed), 0) AS executed
         FROM (${latest}) l GROUP BY 1, 2, 3, 4, 5, 6`,
    `SELECT region_id, unit_id, fund_family, year, self_grade::text, top_flag::int, project_count, budget, executed
             FROM latest_grade_summary`,
  );
  const gradeSections = await differences(
    db,
    'latest_grade_section_summary',
    `SELECT l.region_id, u.supervising_section_id AS section_id, l.fund_family, l.year, l.self_grade, l.top_flag,
              count(*)::int AS project_count, sum(l.budget) AS budget, COALESCE(sum(l.executed), 0) AS executed
         FROM (${latest}) l JOIN unit u ON u.id = l.unit_id GROUP BY 1, 2, 3, 4, 5, 6`,
    `SELECT region_id, section_id, fund_family, year, self_grade::text, top_flag::int, project_count, budget, executed
             FROM latest_grade_section_summary`,
  );
  // The open flags per deadline, with the projects whose earliest open flag is due that day.
  const openFlags = await differences(
    db,
    'open_flag_summary',
    `SELECT p.region_id, p.year::int, p.unit_id, p.fund_family, f.deadline, count(*)::int AS flags,
              (count(*) FILTER (WHERE f.level = 'RED'))::int AS red,
              (count(DISTINCT p.id) FILTER (WHERE f.deadline = (SELECT min(g.deadline) FROM flag g
                                                                 WHERE g.project_id = p.id AND g.status = 'OPEN')))::int AS projects
         FROM flag f JOIN project p ON p.id = f.project_id
        WHERE f.status = 'OPEN'
        GROUP BY 1, 2, 3, 4, 5`,
    `SELECT region_id, year, unit_id, fund_family, deadline, flags, red, projects FROM open_flag_summary`,
  );
  // The flagged projects' reports per checkpoint and highest open flag, the level read from the flags themselves.
  const flaggedExecution = await differences(
    db,
    'execution_flag_summary',
    `SELECT r.checkpoint_id, p.region_id, p.unit_id, p.fund_family, p.year::int, t.top_flag,
              count(*)::int AS project_count, sum(r.budget) AS budget, sum(r.executed) AS executed
         FROM monitoring_report r JOIN project p ON p.id = r.project_id
         JOIN (SELECT f.project_id, max(CASE WHEN f.level = 'RED' THEN 2 ELSE 1 END) AS top_flag
                 FROM flag f WHERE f.status = 'OPEN' GROUP BY f.project_id) t ON t.project_id = p.id
        WHERE r.status <> 'DRAFT'
        GROUP BY 1, 2, 3, 4, 5, 6`,
    `SELECT checkpoint_id, region_id, unit_id, fund_family, year, top_flag::int, project_count, budget, executed
             FROM execution_flag_summary`,
  );
  const flaggedRegions = await differences(
    db,
    'execution_flag_region_summary',
    `SELECT r.checkpoint_id, p.region_id, p.fund_family, p.year::int, t.top_flag,
              count(*)::int AS project_count, sum(r.budget) AS budget, sum(r.executed) AS executed
         FROM monitoring_report r JOIN project p ON p.id = r.project_id
         JOIN (SELECT f.project_id, max(CASE WHEN f.level = 'RED' THEN 2 ELSE 1 END) AS top_flag
                 FROM flag f WHERE f.status = 'OPEN' GROUP BY f.project_id) t ON t.project_id = p.id
        WHERE r.status <> 'DRAFT'
        GROUP BY 1, 2, 3, 4, 5`,
    `SELECT checkpoint_id, region_id, fund_family, year, top_flag::int, project_count, budget, executed
             FROM execution_flag_region_summary`,
  );
  return [
    ...flaggedExecution,
    ...flaggedRegions,
    ...openFlags,
    ...flagRegions,
    ...flagAllFunds,
    ...evaluationRegions,
    ...execution,
    ...flags,
    ...evaluations,
    ...regions,
    ...sections,
    ...units,
    ...targets,
    ...targetRegions,
    ...reviews,
    ...due,
    ...latestRows,
    ...latestSums,
    ...latestSections,
    ...gradeSums,
    ...gradeSections,
  ];
}

/** The rows that differ either way between `raw` (a figure computed from the raw rows) and `kept` (the summary's). */
async function differences(db: pg.Client | pg.Pool, table: string, raw: string, kept: string): Promise<unknown[]> {
  const { rows } = await db.query(
    `WITH raw AS (${raw}), s AS (${kept})
     (SELECT 'missing or wrong in ${table}' AS problem, * FROM (TABLE raw EXCEPT TABLE s) x)
     UNION ALL
     (SELECT 'extra or wrong in ${table}', * FROM (TABLE s EXCEPT TABLE raw) y)`,
  );
  return rows;
}
