import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { addNeighbourCounty } from '../support/neighbour.js';
import { summaryMismatches } from '../support/summaries.js';

// Issue 16 §2: executionSummary, flagSummary, gradeDistribution and targetSummary read summaries that PostgreSQL
// triggers keep in the transaction of every write. Here: after the demo load, and after random rows written
// straight by SQL (inserted, changed, moved to another unit / fund family / year, deleted, truncated; targets
// approved, returned and adjusted, ex-ante assessments, unit-wide target reviews), every summary row equals the
// figure computed from the raw rows, to the fen; and the contract's figures over HTTP equal SQL written here over
// the raw rows, and (targetSummary) the same query answered from the raw rows. The lifecycle mutations (report
// confirmation, flag raising and closing, evaluation finalization, cut decision, targets saved, reviewed,
// returned and adjusted, ex-ante assessment, unit-wide target review) are checked after every step of
// year-play.test.ts, stand-in-and-reassessment.test.ts, year-end.test.ts and unit-wide-year.test.ts, the imports
// after every step of import-execution.test.ts and import-projects.test.ts, with the same `summaryMismatches`.

/** A write of one session. */
type Step = (x: pg.Client) => Promise<unknown>;

/**
 * `first` runs on `a` in a transaction left open while `second` starts on `b`; then both commit. Whether `second`
 * was still waiting 300 ms later (for a lock `first` holds).
 */
async function raceOf(a: pg.Client, b: pg.Client, first: Step, second: Step): Promise<boolean> {
  await a.query('BEGIN');
  await first(a);
  await b.query('BEGIN');
  let done = false;
  const waiting = second(b).then(() => (done = true));
  await new Promise((r) => setTimeout(r, 300));
  const waited = !done;
  await a.query('COMMIT');
  await waiting;
  await b.query('COMMIT');
  return waited;
}

const FAMILIES = ['GENERAL_PUBLIC', 'GOVERNMENT_FUND', 'SPECIAL_BOND', 'RURAL_REVITALIZATION', 'TRANSFER_PAYMENT'];
const STATUSES = ['DRAFT', 'SUBMITTED', 'REVIEWED', 'CONFIRMED'];
const GRADES = ['EXCELLENT', 'GOOD', 'MEDIUM', 'POOR'];

describe('analytics summaries', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  let region: number;
  const seed = Date.now() % 2147483647;
  // A small seeded generator: a failure names its seed.
  let state = seed;
  const rand = () => ((state = (state * 48271) % 2147483647) - 1) / 2147483646;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const fen = () => `${Math.floor(rand() * 1e9)}.${String(Math.floor(rand() * 100)).padStart(2, '0')}`;
  /** The county's first business section (its code: a filter at the summaries' grain). */
  const firstBusinessSection = async (): Promise<{ code: string }> =>
    (
      await db.query(
        `SELECT s.code FROM section s WHERE s.region_id = $1 AND s.kind = 'BUSINESS' ORDER BY s.id LIMIT 1`,
        [region],
      )
    ).rows[0];
  const exact = async (step: string) => expect(await summaryMismatches(db), `after ${step} (seed ${seed})`).toEqual([]);
  /** A new approved project of `year` in the county's first unit (budget 100): its id. */
  const newProject = async (year: number, code: string, name: string): Promise<number> => {
    const unit = (await db.query(`SELECT id FROM unit WHERE region_id = $1 ORDER BY id LIMIT 1`, [region])).rows[0]
      .id as number;
    const [{ id }] = (
      await db.query(
        `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
         VALUES ($1, $2::int, $3, 'GENERAL_PUBLIC', $4, $5, 100, 'RECURRING', make_date($2::int, 1, 2), 'APPROVED')
         RETURNING id`,
        [region, year, unit, `${code}-${seed}`, name],
      )
    ).rows;
    return id as number;
  };
  /** The county's first project checkpoint: its id, year and period end. */
  const firstCheckpoint = async (): Promise<{ id: number; year: number; period_end: string }> =>
    (
      await db.query(
        `SELECT id, year, period_end::text FROM monitoring_checkpoint WHERE region_id = $1 AND scope = 'PROJECT' ORDER BY id LIMIT 1`,
        [region],
      )
    ).rows[0];
  /** Runs `race` with a second session on the same database (for raceOf), closed afterwards. */
  const withOtherSession = async (race: (other: pg.Client) => Promise<void>) => {
    const other = new pg.Client({ connectionString: ctx.databaseUrl });
    await other.connect();
    try {
      await race(other);
    } finally {
      await other.end();
    }
  };

  beforeAll(async () => {
    for (const u of ['pes', 'sec-jkw', 'leader', 'unit-wjw', 'prefecture', 'budget'])
      t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    region = (await db.query(`SELECT region_id FROM app_user WHERE username = 'pes'`)).rows[0].region_id;
  });
  afterAll(async () => {
    await db?.end();
  });

  it('pair an update’s old and new rows without joining the transition tables (migration 1796601400000)', async () => {
    // A join of old_rows and new_rows is planned once per session for the sizes of its first call: after a
    // one-row write, a nested loop, quadratic for the next import (5,000 projects' budgets: 28 s instead of 1 s).
    const { rows } = await db.query(
      `SELECT p.proname FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace
        WHERE s.nspname = 'public' AND p.prosrc ~ '(old|new)_rows \\w+ (JOIN|,) *(old|new)_rows'`,
    );
    expect(rows).toEqual([]);
    // The pairs still hold every row of an update: a budget change of every project reaches every summary.
    await db.query('BEGIN');
    try {
      await db.query(`UPDATE project SET budget = budget + 1 WHERE id IN (SELECT id FROM project ORDER BY id LIMIT 1)`);
      await db.query(`UPDATE project SET budget = budget + 0.01`);
      expect(await summaryMismatches(db)).toEqual([]);
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('keep the open flags exact through statements of hundreds of flags after a one-flag statement (migration 1796601800000)', async () => {
    // open_flag_summary's trigger has a copy of its statements for statements of more than 64 flags: each copy is
    // planned by statements of its size (a one-flag plan made 10,000 flags raised at once quadratic).
    const [{ def }] = (await db.query(`SELECT pg_get_functiondef('open_flag_summary_flags'::regproc) AS def`)).rows;
    expect(def.match(/EXCEPT SELECT a\.id/g)).toHaveLength(3);
    await db.query('BEGIN');
    try {
      await db.query(
        `UPDATE flag SET deadline = deadline + 1 WHERE id = (SELECT min(id) FROM flag WHERE status = 'OPEN')`,
      );
      const raised = await db.query(
        `INSERT INTO flag (project_id, level, status, raised_checkpoint_id, deadline)
         SELECT l.project_id, 'YELLOW', 'OPEN', c.id, make_date(2023, 7, 10)
           FROM (SELECT project_id, region_id FROM project_latest WHERE top_flag = 0 AND year = 2023
                  ORDER BY project_id LIMIT 150) l
           JOIN LATERAL (SELECT id FROM monitoring_checkpoint c WHERE c.region_id = l.region_id AND c.year = 2023
                           AND c.scope = 'PROJECT' ORDER BY c.period_end LIMIT 1) c ON true
         RETURNING id`,
      );
      expect(raised.rowCount).toBe(150);
      await exact('150 flags raised in one statement');
      const ids = raised.rows.map((r) => r.id);
      const moved = await db.query(`UPDATE flag SET deadline = deadline + 3 WHERE status = 'OPEN'`);
      expect(moved.rowCount).toBeGreaterThan(150);
      await exact('every open flag’s deadline moved in one statement');
      await db.query(`UPDATE flag SET status = 'CLOSED', closed_on = make_date(2023, 9, 1) WHERE id = ANY($1)`, [ids]);
      await exact('150 flags closed in one statement');
      await db.query(`UPDATE flag SET status = 'OPEN', closed_on = NULL WHERE id = ANY($1)`, [ids]);
      await db.query(`DELETE FROM flag WHERE id = ANY($1)`, [ids]);
      await exact('150 flags reopened, then deleted in one statement');
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('hold the demo county as loaded', async () => {
    const [{ e, f, ts, tr }] = (
      await db.query(
        `SELECT (SELECT count(*) FROM execution_summary)::int AS e, (SELECT count(*) FROM flag_summary)::int AS f,
                (SELECT count(*) FROM target_summary)::int AS ts, (SELECT count(*) FROM target_review_summary)::int AS tr`,
      )
    ).rows;
    expect(e).toBeGreaterThan(0);
    expect(f).toBeGreaterThan(0);
    expect(ts).toBeGreaterThan(0);
    expect(tr).toBeGreaterThan(0);
    await exact('the demo load');
    // The check itself sees a summary one fen off (and the row it should have been), in execution_summary and
    // in the county, section and unit rollups that follow it.
    await db.query(
      `UPDATE execution_summary SET executed = executed + 0.01 WHERE ctid = (SELECT ctid FROM execution_summary LIMIT 1)`,
    );
    expect(await summaryMismatches(db)).toHaveLength(8);
    await db.query(`SELECT analytics_summary_build()`);
    await exact('a rebuild');
    await db.query(
      `UPDATE target_summary SET budget = budget + 0.01 WHERE ctid = (SELECT ctid FROM target_summary LIMIT 1)`,
    );
    // (and in the county rollup that follows it)
    expect(await summaryMismatches(db)).toHaveLength(4);
    await db.query(`DELETE FROM target_region_summary WHERE ctid = (SELECT ctid FROM target_region_summary LIMIT 1)`);
    await db.query(`SELECT target_summary_build()`);
    await exact('a rebuild of the target summaries');
    // A flag count and an evaluation's budget off, in the summary and in the county rollup that follows it (for
    // flags also in the county's rollup over all fund families, which follows that).
    await db.query(`UPDATE flag_summary SET n = n + 1 WHERE ctid = (SELECT ctid FROM flag_summary LIMIT 1)`);
    expect(await summaryMismatches(db)).toHaveLength(6);
    await db.query(`SELECT analytics_summary_build()`);
    await exact('a rebuild of the execution and flag summaries');
    await db.query(
      `UPDATE evaluation_summary SET budget = budget + 0.01 WHERE ctid = (SELECT ctid FROM evaluation_summary WHERE project LIMIT 1)`,
    );
    expect(await summaryMismatches(db)).toHaveLength(4);
    await db.query(`SELECT evaluation_summary_build()`);
    await exact('a rebuild of the evaluation summary');
    // The reports still due (the chase list): the demo has some, and the check sees one missing.
    const [{ due }] = (await db.query(`SELECT count(*)::int AS due FROM report_due`)).rows;
    expect(due).toBeGreaterThan(0);
    await db.query(`DELETE FROM report_due WHERE ctid = (SELECT ctid FROM report_due LIMIT 1)`);
    expect(await summaryMismatches(db)).toHaveLength(1);
    await db.query(`SELECT report_due_build()`);
    await exact('a rebuild of the reports still due');
    // A project's latest execution one fen off: in project_latest, in the two sums it feeds and in the section
    // rollups of both (each a row missing and a row extra).
    await db.query(
      `UPDATE project_latest SET executed = executed + 0.01 WHERE ctid = (SELECT ctid FROM project_latest WHERE executed IS NOT NULL LIMIT 1)`,
    );
    expect(await summaryMismatches(db)).toHaveLength(10);
    await db.query(`SELECT latest_summary_build()`);
    await exact('a rebuild of the latest executions');
    // A recomputation of more than 20,000 projects (a bulk load) takes the path planned without nested loops,
    // and gives the same rows: three projects' rows made wrong, every project recomputed (with 20,001 ids of no
    // project, which the recomputation must pass over) in a transaction that counts the function calls.
    await db.query(
      `UPDATE project_latest SET executed = COALESCE(executed, 0) + 0.01, self_grade = 'POOR', top_flag = 2, latest_report_id = NULL
        WHERE project_id IN (SELECT project_id FROM project_latest ORDER BY project_id LIMIT 3)`,
    );
    expect((await summaryMismatches(db)).length).toBeGreaterThan(0);
    await db.query('BEGIN');
    await db.query(`SET LOCAL track_functions = 'pl'`);
    await db.query(
      `SELECT project_latest_refresh(ARRAY(SELECT id FROM project) || ARRAY(SELECT -g FROM generate_series(1, 20001) g))`,
    );
    const { rows: calls } = await db.query(
      `SELECT funcname, calls::int FROM pg_stat_xact_user_functions WHERE funcname LIKE 'project_latest_refresh%' ORDER BY 1`,
    );
    await db.query('COMMIT');
    expect(calls).toEqual([
      { funcname: 'project_latest_refresh', calls: 1 },
      { funcname: 'project_latest_refresh_bulk', calls: 1 },
    ]);
    await exact('a bulk recomputation of every project');
  });

  it('stay exact through random rows written by SQL: inserted, changed, moved, deleted', async () => {
    const units = (await db.query(`SELECT id FROM unit WHERE region_id = $1 ORDER BY id`, [region])).rows.map(
      (r) => r.id as number,
    );
    const checkpoints = (
      await db.query(
        `SELECT id, year FROM monitoring_checkpoint WHERE region_id = $1 AND scope = 'PROJECT' ORDER BY id`,
        [region],
      )
    ).rows as { id: number; year: number }[];
    const years = [...new Set(checkpoints.map((c) => c.year))];

    // 1. Projects (one statement), their reports and flags (one statement each).
    const values = Array.from({ length: 40 }, (_, i) => {
      const year = pick(years);
      return `(${region}, ${year}, ${pick(units)}, '${pick(FAMILIES)}', 'sum-${seed}-${i}', '随机项目${i}', ${fen()}, 'RECURRING', '${year}-01-15')`;
    });
    const projects = (
      await db.query(
        `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on)
         VALUES ${values.join(', ')} RETURNING id, year`,
      )
    ).rows as { id: number; year: number }[];
    await exact('inserting projects');
    // Targets through their states (approved ones count), annual-budget marks, ex-ante assessments, and the
    // performance section's reviews of unit-wide targets (and other reviews, which count nothing).
    const TARGET_STATES = ['DRAFT', 'SUBMITTED', 'FIRST_REVIEWED', 'APPROVED', 'RETURNED'];
    await db.query(
      `UPDATE project SET target_status = (ARRAY[${TARGET_STATES.map((x) => `'${x}'`).join(', ')}])[1 + (id + $2) % 5],
              in_annual_budget = (id + $2) % 3 <> 0
        WHERE id = ANY($1::int[])`,
      [projects.map((p) => p.id), Math.floor(rand() * 5)],
    );
    await exact('submitting, approving and returning targets');
    await db.query(
      `INSERT INTO ex_ante_assessment (project_id, status, conclusion)
       SELECT id, CASE WHEN id % 4 = 0 THEN 'SUBMITTED' ELSE 'CONCLUDED' END,
              (ARRAY['SUPPORT', 'PARTIAL_SUPPORT', 'NO_SUPPORT', NULL])[1 + (id + $2) % 4]
         FROM unnest($1::int[]) AS id WHERE id % 3 <> 1`,
      [projects.map((p) => p.id), Math.floor(rand() * 4)],
    );
    await exact('ex-ante assessments');
    const reviews = Array.from({ length: 30 }, () => {
      const performance = rand() < 0.7;
      const returned = rand() < 0.5;
      return `(${pick(years)}, 'UNIT_WIDE', NULL, ${pick(units)}, '${performance ? 'PERFORMANCE' : 'BUSINESS_FIRST'}',
               '${returned ? 'RETURNED' : 'APPROVED'}', ${returned ? Math.floor(rand() * 6) : 0}, '2024-03-01')`;
    });
    const reviewIds = (
      await db.query(
        `INSERT INTO target_review (year, subject, project_id, unit_id, stage, outcome, issue_count, reviewed_on)
         VALUES ${reviews.join(', ')}, (${projects[0]!.year}, 'PROJECT', ${projects[0]!.id}, ${pick(units)}, 'PERFORMANCE', 'RETURNED', 2, '2024-03-01')
         RETURNING id`,
      )
    ).rows.map((r) => r.id as number);
    await exact('reviewing unit-wide targets');
    const reports: string[] = [];
    const flags: string[] = [];
    for (const p of projects) {
      const own = checkpoints.filter((c) => c.year === p.year);
      for (const c of own) {
        if (rand() < 0.8) reports.push(`(${c.id}, ${p.id}, ${fen()}, ${fen()}, '${pick(STATUSES)}')`);
      }
      // Up to three flags a project, due on one of a few days (a project's earliest open deadline matters).
      for (let k = 0; k < 3 && rand() < 0.6; k++) {
        const raised = pick(own);
        const later = own.filter((c) => c.id > raised.id);
        const escalated = later.length && rand() < 0.5 ? pick(later).id : 'NULL';
        const closed = rand() < 0.4;
        flags.push(
          `(${p.id}, '${escalated === 'NULL' ? pick(['YELLOW', 'RED']) : 'RED'}', '${closed ? 'CLOSED' : 'OPEN'}', ${raised.id}, ${escalated}, '${p.year}-0${6 + Math.floor(rand() * 3)}-1${Math.floor(rand() * 3)}', ${closed ? `'${p.year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}'` : 'NULL'})`,
        );
      }
    }
    await db.query(
      `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status) VALUES ${reports.join(', ')}`,
    );
    await exact('inserting reports');
    await db.query(
      `INSERT INTO flag (project_id, level, status, raised_checkpoint_id, escalated_checkpoint_id, deadline, closed_on)
       VALUES ${flags.join(', ')}`,
    );
    await exact('inserting flags');

    // Evaluations of the new projects (final or not) and of units, and findings of some of them.
    const evaluations = projects.map(
      (p, i) =>
        `(${p.year}, '${pick(['SELF', 'DEPARTMENT'])}', ${p.id}, ${pick(units)}, '${pick(['DRAFT', 'FINAL', 'FINAL'])}', ${fen()}, 0, ${rand() < 0.9 ? `'${pick(GRADES)}'` : 'NULL'})` +
        (i % 8 === 0
          ? `, (${p.year}, 'UNIT_WIDE', NULL, ${pick(units)}, 'FINAL', ${fen()}, 0, '${pick(GRADES)}')`
          : ''),
    );
    const evaluationIds = (
      await db.query(
        `INSERT INTO evaluation (year, kind, project_id, unit_id, status, budget, executed, grade)
         VALUES ${evaluations.join(', ')} RETURNING id`,
      )
    ).rows.map((r) => r.id as number);
    await db.query(
      `INSERT INTO evaluation_finding (evaluation_id, category, text)
       SELECT id, '资金管理', '发现' || g FROM unnest($1::int[]) AS id, generate_series(1, 1 + id % 3) AS g WHERE id % 2 = 0`,
      [evaluationIds],
    );
    await exact('inserting evaluations and findings');

    const ids = projects.map((p) => p.id);
    // 2. Changes to many rows at once: amounts, states, closings — also rows of the demo's own projects.
    await db.query(
      `UPDATE monitoring_report SET executed = executed + 0.01 * (id % 7), budget = budget + 1.23,
              status = CASE WHEN id % 3 = 0 THEN 'CONFIRMED' WHEN id % 5 = 0 THEN 'DRAFT' ELSE status END
        WHERE id % 2 = ${Math.floor(rand() * 2)}`,
    );
    await exact('changing reports');
    await db.query(
      `UPDATE flag SET status = 'CLOSED', closed_on = make_date(
                 (SELECT c.year FROM monitoring_checkpoint c WHERE c.id = raised_checkpoint_id), 9, 1 + id % 20)
        WHERE status = 'OPEN' AND id % 3 = ${Math.floor(rand() * 3)}`,
    );
    await db.query(`UPDATE flag SET level = 'RED' WHERE level = 'YELLOW' AND id % 4 = 0`);
    await exact('closing and escalating flags');
    // Deadlines extended or brought forward (a project's earliest one moves), a flag moved to another project,
    // a closed flag reopened.
    await db.query(`UPDATE flag SET deadline = deadline + (id % 5 - 2) * 3 WHERE id % 2 = ${Math.floor(rand() * 2)}`);
    await db.query(
      `UPDATE flag SET project_id = $1 WHERE id = (SELECT min(id) FROM flag WHERE status = 'OPEN' AND project_id = ANY($2::int[]))`,
      [projects[1]!.id, projects.map((p) => p.id)],
    );
    await db.query(
      `UPDATE flag SET status = 'OPEN', closed_on = NULL WHERE id = (SELECT max(id) FROM flag WHERE status = 'CLOSED')`,
    );
    await exact('changing deadlines, moving a flag, reopening one');
    await db.query(
      `UPDATE evaluation SET status = CASE WHEN status = 'FINAL' THEN 'SUBMITTED' ELSE 'FINAL' END,
              grade = CASE WHEN id % 2 = 0 THEN 'POOR' ELSE grade END, budget = budget + 0.07
        WHERE id = ANY($1::int[]) AND id % 3 = 0`,
      [evaluationIds],
    );
    await db.query(`DELETE FROM evaluation_finding WHERE evaluation_id = ANY($1::int[]) AND id % 2 = 0`, [
      evaluationIds,
    ]);
    await db.query(`UPDATE evaluation SET status = 'FINAL', grade = 'GOOD' WHERE id = ANY($1::int[]) AND id % 5 = 0`, [
      evaluationIds,
    ]);
    await exact('finalizing, regrading and reopening evaluations');
    // Targets adjusted (budget), approved after a return, an approval withdrawn; assessments concluded or
    // reopened, their conclusion changed, moved; reviews changed and deleted.
    await db.query(
      `UPDATE project SET budget = budget + 10.05 * (id % 4),
              target_status = CASE WHEN target_status = 'RETURNED' THEN 'APPROVED'
                                   WHEN target_status = 'APPROVED' AND id % 3 = 0 THEN 'SUBMITTED' ELSE target_status END,
              in_annual_budget = NOT in_annual_budget
        WHERE id = ANY($1::int[]) AND id % 2 = $2`,
      [ids, Math.floor(rand() * 2)],
    );
    await exact('adjusting, approving and withdrawing targets');
    await db.query(
      `UPDATE ex_ante_assessment SET status = CASE WHEN status = 'CONCLUDED' THEN 'FIRST_REVIEWED' ELSE 'CONCLUDED' END,
              conclusion = CASE WHEN id % 2 = 0 THEN 'SUPPORT' ELSE conclusion END
        WHERE project_id = ANY($1::int[]) AND id % 3 = $2`,
      [ids, Math.floor(rand() * 3)],
    );
    await db.query(
      `UPDATE ex_ante_assessment x SET project_id = m.pid
         FROM (SELECT min(t.pid) AS pid FROM unnest($1::int[]) AS t(pid)
                WHERE NOT EXISTS (SELECT 1 FROM ex_ante_assessment y WHERE y.project_id = t.pid)) m
        WHERE x.id = (SELECT min(z.id) FROM ex_ante_assessment z WHERE z.project_id = ANY($1::int[])) AND m.pid IS NOT NULL`,
      [ids],
    );
    await db.query(`DELETE FROM ex_ante_assessment WHERE project_id = ANY($1::int[]) AND id % 5 = 0`, [ids]);
    await exact('concluding, reopening, moving and deleting assessments');
    await db.query(
      `UPDATE target_review SET outcome = CASE WHEN outcome = 'RETURNED' THEN 'APPROVED' ELSE 'RETURNED' END,
              issue_count = id % 4, stage = CASE WHEN id % 7 = 0 THEN 'PERFORMANCE' ELSE stage END
        WHERE id = ANY($1::int[]) AND id % 2 = $2`,
      [reviewIds, Math.floor(rand() * 2)],
    );
    await db.query(`UPDATE target_review SET year = year + 1 WHERE id = ANY($1::int[]) AND id % 5 = 1`, [reviewIds]);
    await db.query(`DELETE FROM target_review WHERE id = ANY($1::int[]) AND id % 4 = 3`, [reviewIds]);
    await exact('changing, moving and deleting target reviews');

    // 3. Projects moved to another unit, fund family or budget year (reports and flags follow them).
    await db.query(`UPDATE project SET unit_id = $1 WHERE id = ANY($2::int[]) AND id % 3 = 0`, [pick(units), ids]);
    await db.query(`UPDATE project SET fund_family = $1 WHERE id = ANY($2::int[]) AND id % 3 = 1`, [
      pick(FAMILIES),
      ids,
    ]);
    await db.query(`UPDATE project SET year = year + 1 WHERE id = ANY($1::int[]) AND id % 5 = 2`, [ids]);
    await db.query(`UPDATE project SET name = name || '（改）', budget = budget + 1 WHERE id = ANY($1::int[])`, [ids]);
    await exact('moving projects');
    // Units moved to another section of the county (their reports' rows follow them to its section rollup).
    const sections = (
      await db.query(`SELECT id FROM section WHERE region_id = $1 AND kind = 'BUSINESS' ORDER BY id`, [region])
    ).rows.map((r) => r.id as number);
    await db.query(
      `UPDATE unit SET supervising_section_id = $1 WHERE region_id = $2 AND id % 4 = $3 AND supervising_section_id <> $1`,
      [pick(sections), region, Math.floor(rand() * 4)],
    );
    await db.query(`UPDATE unit SET name = name || '（改）' WHERE region_id = $1 AND id % 5 = 0`, [region]);
    await exact('moving units to another section');
    // Budgeted later (after some periods' ends: no longer expected there) or earlier, and renamed codes (the
    // chase list's order).
    await db.query(
      `UPDATE project SET budgeted_on = budgeted_on + CASE WHEN id % 2 = 0 THEN 200 ELSE -10 END
        WHERE id = ANY($1::int[]) AND id % 4 = $2`,
      [ids, Math.floor(rand() * 4)],
    );
    await db.query(`UPDATE project SET code = code || '-b' WHERE id = ANY($1::int[]) AND id % 3 = 2`, [ids]);
    await exact('budgeting projects later or earlier, renaming codes');

    // Checkpoints opened, their period moved, turned unit-wide and back, deleted: who is expected to report.
    const [added] = (
      await db.query(
        `INSERT INTO monitoring_checkpoint (region_id, year, month, scope, period_end, report_due)
         VALUES ($1, $2::int, 11, 'PROJECT', make_date($2::int, 10, 31), make_date($2::int, 11, 10)) RETURNING id`,
        [region, pick(years)],
      )
    ).rows;
    await exact('opening a checkpoint');
    await db.query(`UPDATE monitoring_checkpoint SET period_end = period_end - 250 WHERE id = $1`, [added.id]);
    await db.query(`UPDATE monitoring_checkpoint SET scope = 'UNIT_WIDE' WHERE id = $1`, [checkpoints[0]!.id]);
    await exact('moving a period, turning a checkpoint unit-wide');
    await db.query(`UPDATE monitoring_checkpoint SET scope = 'PROJECT' WHERE id = $1`, [checkpoints[0]!.id]);
    await db.query(`DELETE FROM monitoring_checkpoint WHERE id = $1`, [added.id]);
    await exact('turning it back, deleting a checkpoint');

    // 4. Deletions: some reports and flags, then projects with their reports and flags (cascade).
    await db.query(`DELETE FROM monitoring_report WHERE project_id = ANY($1::int[]) AND id % 4 = 1`, [ids]);
    await db.query(`DELETE FROM flag WHERE project_id = ANY($1::int[]) AND id % 4 = 2`, [ids]);
    await db.query(`DELETE FROM evaluation WHERE id = ANY($1::int[]) AND id % 4 = 3`, [evaluationIds]);
    await exact('deleting reports and flags');
    await db.query(`DELETE FROM project WHERE id = ANY($1::int[]) AND id % 2 = 0`, [ids]);
    await exact('deleting projects');

    // 5. A transaction rolled back leaves the summaries as they were.
    await db.query('BEGIN');
    await db.query(`UPDATE monitoring_report SET executed = executed + 100 WHERE project_id = ANY($1::int[])`, [ids]);
    await db.query('ROLLBACK');
    await exact('a rolled-back transaction');
  });

  it('rebuild after a TRUNCATE of the flags, the reports or the projects (in a transaction rolled back)', async () => {
    // A TRUNCATE fires no row triggers: each raw table's TRUNCATE trigger rebuilds its summaries, and the county
    // and section rollups follow the rebuilt rows.
    await db.query('BEGIN');
    try {
      await db.query('TRUNCATE flag CASCADE');
      await exact('truncating the flags');
      await db.query('TRUNCATE monitoring_report CASCADE');
      await exact('truncating the reports');
      await db.query('TRUNCATE project CASCADE');
      await exact('truncating the projects');
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM open_flag_summary`)).rows;
      expect(n).toBe(0);
    } finally {
      await db.query('ROLLBACK');
    }
    await exact('the rollback');
  });

  it('keep the reports still due exact when a report and its project’s targets are written at once', async () => {
    // Two sessions: a unit reporting on a project while its targets are approved (or withdrawn). Each side's
    // trigger reads the other table; without their row locks the one that commits last would decide from
    // the state before the other's commit (a project approved while its report was being submitted stayed
    // on the chase list).
    await withOtherSession(async (other) => {
      const c = await firstCheckpoint();
      const unit = (await db.query(`SELECT id FROM unit WHERE region_id = $1 ORDER BY id LIMIT 1`, [region])).rows[0]
        .id;
      const project = async (i: number, status: string) =>
        (
          await db.query(
            `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
             VALUES ($1, $2::int, $3, 'GENERAL_PUBLIC', $4, '并发项目', 100, 'RECURRING', make_date($2::int, 1, 2), $5) RETURNING id`,
            [region, c.year, unit, `due-${seed}-${i}`, status],
          )
        ).rows[0].id as number;
      const due = async (id: number) =>
        (
          await db.query(`SELECT count(*)::int AS n FROM report_due WHERE project_id = $1 AND checkpoint_id = $2`, [
            id,
            c.id,
          ])
        ).rows[0].n as number;
      const race = (first: Step, second: Step) => raceOf(db, other, first, second);
      const report = (id: number, status: string) => (x: pg.Client) =>
        x.query(
          `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status) VALUES ($1, $2, 100, 10, $3)`,
          [c.id, id, status],
        );
      const targets = (id: number, status: string) => (x: pg.Client) =>
        x.query(`UPDATE project SET target_status = $2 WHERE id = $1`, [id, status]);

      // A report submitted, the targets approved meanwhile: not due (the approval waits for the report).
      const a = await project(1, 'SUBMITTED');
      expect(await race(report(a, 'SUBMITTED'), targets(a, 'APPROVED'))).toBe(true);
      expect(await due(a)).toBe(0);
      // The targets approved, a report submitted meanwhile: not due (the report waits for the approval).
      const b = await project(2, 'SUBMITTED');
      expect(await race(targets(b, 'APPROVED'), report(b, 'SUBMITTED'))).toBe(true);
      expect(await due(b)).toBe(0);
      // A draft sent back to draft… and a draft submitted while the targets are approved: not due.
      const d = await project(3, 'SUBMITTED');
      await report(d, 'DRAFT')(db);
      const submit = (x: pg.Client) =>
        x.query(`UPDATE monitoring_report SET status = 'SUBMITTED' WHERE project_id = $1 AND checkpoint_id = $2`, [
          d,
          c.id,
        ]);
      expect(await race(submit, targets(d, 'APPROVED'))).toBe(true);
      expect(await due(d)).toBe(0);
      // A report withdrawn to a draft while the targets are approved: due.
      const e = await project(4, 'SUBMITTED');
      await report(e, 'SUBMITTED')(db);
      const withdraw = (x: pg.Client) =>
        x.query(`UPDATE monitoring_report SET status = 'DRAFT' WHERE project_id = $1 AND checkpoint_id = $2`, [
          e,
          c.id,
        ]);
      expect(await race(withdraw, targets(e, 'APPROVED'))).toBe(true);
      expect(await due(e)).toBe(1);
      await exact('reports and targets written at once');
    });
  });

  it('keep each project’s latest execution exact when two of its reports are written at once', async () => {
    // A unit withdraws its August report to a draft (May's becomes the latest) while May's is corrected: the
    // second waits for the first, then reads what it committed.
    await withOtherSession(async (other) => {
      const [may, august] = (
        await db.query(
          `SELECT id, year FROM monitoring_checkpoint WHERE region_id = $1 AND scope = 'PROJECT'
            AND year = (SELECT min(year) FROM monitoring_checkpoint WHERE region_id = $1 AND scope = 'PROJECT' AND month = 8)
            AND month IN (5, 8) ORDER BY period_end`,
          [region],
        )
      ).rows;
      const id = await newProject(may.year, 'latest', '并发报告项目');
      await db.query(
        `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status)
         VALUES ($1, $3, 100, 10, 'SUBMITTED'), ($2, $3, 100, 20, 'SUBMITTED')`,
        [may.id, august.id, id],
      );
      const latestOf = async () =>
        (await db.query(`SELECT executed::text FROM project_latest WHERE project_id = $1`, [id])).rows[0].executed;
      expect(await latestOf()).toBe('20.00');
      const withdraw: Step = (x) =>
        x.query(`UPDATE monitoring_report SET status = 'DRAFT' WHERE project_id = $1 AND checkpoint_id = $2`, [
          id,
          august.id,
        ]);
      const correct: Step = (x) =>
        x.query(`UPDATE monitoring_report SET executed = 15 WHERE project_id = $1 AND checkpoint_id = $2`, [
          id,
          may.id,
        ]);
      expect(await raceOf(db, other, withdraw, correct)).toBe(true);
      expect(await latestOf()).toBe('15.00');
      await exact('two reports of one project written at once');
    });
  });

  it('keep a project’s earliest open deadline exact when two of its flags’ deadlines change at once', async () => {
    // Two sections extend two open flags of one project at once: each changes the project's earliest deadline
    // from the same "before" unless the second waits for the first (open_flag_summary counts each project once,
    // at its earliest open deadline).
    await withOtherSession(async (other) => {
      const checkpoint = await firstCheckpoint();
      const id = await newProject(checkpoint.year, 'flags', '并发预警项目');
      const [a, b] = (
        await db.query(
          `INSERT INTO flag (project_id, level, status, raised_checkpoint_id, deadline)
           VALUES ($1, 'YELLOW', 'OPEN', $2, make_date($3::int, 7, 10)), ($1, 'YELLOW', 'OPEN', $2, make_date($3::int, 7, 12))
           RETURNING id`,
          [id, checkpoint.id, checkpoint.year],
        )
      ).rows.map((r) => r.id as number);
      const extend =
        (flag: number, days: number): Step =>
        (x) =>
          x.query(`UPDATE flag SET deadline = deadline + $2::int WHERE id = $1`, [flag, days]);
      expect(await raceOf(db, other, extend(a!, 10), extend(b!, 13))).toBe(true);
      await exact('two deadlines of one project changed at once');
    });
  });

  it('keep the flagged projects’ reports exact when a report changes as a flag opens or closes', async () => {
    // A report's budget is corrected while another section raises a flag on its project (the flag moves the
    // project's reports into execution_flag_summary; the correction adds its own delta at the project's level as
    // it stands): the second waits for the first, then reads what it committed. Then the other way round, with
    // the flag closed while the report is corrected.
    await withOtherSession(async (other) => {
      const checkpoint = await firstCheckpoint();
      const id = await newProject(checkpoint.year, 'flagrace', '并发预警报告项目');
      await db.query(
        `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status) VALUES ($1, $2, 100, 10, 'SUBMITTED')`,
        [checkpoint.id, id],
      );
      const correct =
        (budget: number): Step =>
        (x) =>
          x.query(`UPDATE monitoring_report SET budget = $2 WHERE project_id = $1`, [id, budget]);
      const raise: Step = (x) =>
        x.query(
          `INSERT INTO flag (project_id, level, status, raised_checkpoint_id, deadline)
           VALUES ($1, 'RED', 'OPEN', $2, make_date($3::int, 7, 10))`,
          [id, checkpoint.id, checkpoint.year],
        );
      const close: Step = (x) =>
        x.query(`UPDATE flag SET status = 'CLOSED', closed_on = make_date($2::int, 8, 1) WHERE project_id = $1`, [
          id,
          checkpoint.year,
        ]);
      const flagged = async () =>
        (
          await db.query(
            `SELECT COALESCE(sum(s.budget), 0)::text AS budget FROM execution_flag_summary s
              JOIN project p ON p.unit_id = s.unit_id AND p.year = s.year AND p.fund_family = s.fund_family
             WHERE p.id = $1 AND s.checkpoint_id = $2 AND s.top_flag = 2`,
            [id, checkpoint.id],
          )
        ).rows[0].budget;
      // The unit's other red-flagged projects' reports there, as they were.
      const before = Number(await flagged());
      expect(await raceOf(db, other, correct(120), raise)).toBe(true);
      expect(Number(await flagged()) - before).toBe(120);
      await exact('a report corrected as its project is flagged');
      expect(await raceOf(db, other, close, correct(130))).toBe(true);
      expect(Number(await flagged())).toBe(before);
      await exact('a report corrected as its project’s flag closes');
    });
  });

  it('answer projectAggregate from execution_summary and latest_summary as the raw rows do', async () => {
    // The summary paths (dimensions of checkpoint, year, fund family, section, unit; filters at the grain: per
    // checkpoint from execution_summary, else each project's latest report from latest_summary) against the raw
    // path for the same question: `evaluationKind` alone conditions no report or project, and sends the query to
    // the raw rows. Every kind of viewer, twelve groupings (grades and open flags too), four filters; to the fen.
    const AGGREGATE = `query($g: [AggregateDimension!]!, $f: AggregateFilter) { projectAggregate(groupBy: $g, filter: $f) {
      keys { dimension key label code regionCode } projectCount budget executed executionRate } }`;
    t['agency-xinhe'] ??= await login(ctx.graphqlUrl, 'agency-xinhe');
    const section = await firstBusinessSection();
    const [{ year }] = (
      await db.query(
        `SELECT max(c.year) AS year FROM monitoring_checkpoint c JOIN monitoring_report r ON r.checkpoint_id = c.id
                        WHERE c.region_id = $1 AND r.status <> 'DRAFT'`,
        [region],
      )
    ).rows;
    // A county next door with a project reported at its own checkpoint of the same month (the same CHECKPOINT
    // key): the county viewers' figures (one county's rollup rows, `execution_region_summary`) leave it out, the
    // prefecture's take it in, as the raw rows do.
    const next = await addNeighbourCounty(
      db,
      { id: region },
      {
        code: '652897',
        name: '邻县',
        sectionCode: 'sec-lx',
        sectionName: '邻县业务科',
        unitCode: 'LX001',
        unitName: '邻县教育局',
      },
    );
    await db.query(
      `WITH c AS (INSERT INTO monitoring_checkpoint (region_id, year, month, scope, period_end, report_due)
                  VALUES ($1, $2::int, 8, 'PROJECT', make_date($2::int, 8, 31), make_date($2::int, 9, 10)) RETURNING id),
            p AS (INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
                  VALUES ($1, $2::int, $3, 'GENERAL_PUBLIC', 'LX-1', '邻县项目', 700000, 'RECURRING', make_date($2::int, 1, 2), 'APPROVED')
                  RETURNING id)
       INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status)
       SELECT c.id, p.id, 700000, 123456.78, 'CONFIRMED' FROM c, p`,
      [next.regionId, year, next.unitId],
    );
    let rows = 0;
    for (const user of ['pes', 'sec-jkw', 'leader', 'unit-wjw', 'prefecture', 'budget', 'agency-xinhe']) {
      for (const groupBy of [
        ['CHECKPOINT'],
        ['CHECKPOINT', 'FUND_FAMILY'],
        ['CHECKPOINT', 'SECTION'],
        ['CHECKPOINT', 'UNIT'],
        ['YEAR', 'CHECKPOINT'],
        ['FUND_FAMILY'],
        ['YEAR'],
        ['SECTION', 'FUND_FAMILY'],
        ['UNIT', 'YEAR'],
        ['SECTION', 'GRADE'],
        ['FLAG_LEVEL'],
        ['FUND_FAMILY', 'FLAG_LEVEL', 'GRADE'],
        ['CHECKPOINT', 'FLAG_LEVEL'],
        ['FLAG_LEVEL', 'UNIT', 'CHECKPOINT'],
      ]) {
        for (const filter of [
          {},
          { year, fundFamily: 'GENERAL_PUBLIC' },
          { year, sectionCode: section.code },
          { year, checkpointMonth: 8, classified: false },
        ] as Record<string, unknown>[]) {
          const ask = async (f: Record<string, unknown>) => {
            const res = await gql(ctx.graphqlUrl, AGGREGATE, { g: groupBy, f }, t[user]);
            expect(res.errors, `${user} ${groupBy} ${JSON.stringify(f)}`).toBeUndefined();
            return res.data!.projectAggregate as unknown[];
          };
          const fromSummary = await ask(filter);
          expect(fromSummary, `${user} ${groupBy} ${JSON.stringify(filter)}`).toEqual(
            await ask({ ...filter, evaluationKind: 'SELF' }),
          );
          rows += fromSummary.length;
        }
      }
    }
    expect(rows).toBeGreaterThan(100);
  });

  it('count the projects connection from latest_summary as many as it lists', async () => {
    // projects.totalCount, from latest_summary when the scope and filter are at its grain, against the rows the
    // connection lists page by page (read from the projects themselves), for every kind of viewer and the
    // summary's filters; and after a project is added, moved to another unit and deleted.
    const PAGE = `query($f: ProjectFilter, $after: String) { projects(first: 100, after: $after, filter: $f) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    t['agency-xinhe'] ??= await login(ctx.graphqlUrl, 'agency-xinhe');
    const section = await firstBusinessSection();
    const listed = async (user: string, f: Record<string, unknown>) => {
      let after: string | null = null;
      let rows = 0;
      let total: number | null = null;
      for (;;) {
        type Page = { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        const res: { data?: { projects: Page } | null; errors?: unknown } = await gql<{ projects: Page }>(
          ctx.graphqlUrl,
          PAGE,
          { f, after },
          t[user],
        );
        expect(res.errors, `${user} ${JSON.stringify(f)}`).toBeUndefined();
        const page: Page = res.data!.projects;
        total ??= page.totalCount;
        rows += page.edges.length;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return { total, rows };
    };
    const check = async (step: string) => {
      let counted = 0;
      for (const user of ['pes', 'sec-jkw', 'leader', 'unit-wjw', 'prefecture', 'budget', 'agency-xinhe']) {
        for (const f of [
          {},
          { year: 2023 },
          { year: 2023, fundFamily: 'GENERAL_PUBLIC' },
          { year: 2023, sectionCode: section.code },
          { classified: false },
        ] as Record<string, unknown>[]) {
          const { total, rows } = await listed(user, f);
          expect(total, `${step}: ${user} ${JSON.stringify(f)}`).toBe(rows);
          counted += rows;
        }
      }
      expect(counted).toBeGreaterThan(0);
      // And against SQL over the projects themselves: the leader's county, the budget section's unclassified rows.
      for (const [user, sql] of [
        ['leader', `SELECT count(*)::int AS n FROM project p WHERE p.region_id = $1 AND p.year = 2023`],
        [
          'budget',
          `SELECT count(*)::int AS n FROM project p JOIN unit u ON u.id = p.unit_id
            WHERE p.region_id = $1 AND p.year = 2023 AND NOT u.classified`,
        ],
      ] as const) {
        const [{ n }] = (await db.query(sql, [region])).rows;
        expect((await listed(user, { year: 2023 })).total, `${step}: ${user} against SQL`).toBe(n);
      }
    };
    await check('the demo');
    const [{ id: unitId, other }] = (
      await db.query(
        `SELECT u.id, (SELECT u2.id FROM unit u2 WHERE u2.region_id = u.region_id AND u2.id <> u.id
                        AND u2.supervising_section_id IS DISTINCT FROM u.supervising_section_id ORDER BY u2.id LIMIT 1) AS other
           FROM unit u WHERE u.region_id = $1 ORDER BY u.id LIMIT 1`,
        [region],
      )
    ).rows;
    const {
      rows: [{ id }],
    } = await db.query(
      `INSERT INTO project (code, name, year, budget, fund_family, kind, unit_id, region_id, budgeted_on)
       SELECT 'TC-1', '计数项目', 2023, 100.00, 'GENERAL_PUBLIC', p.kind, $1, $2, p.budgeted_on
         FROM project p WHERE p.region_id = $2 ORDER BY p.id LIMIT 1 RETURNING id`,
      [unitId, region],
    );
    await check('a project added');
    await db.query(`UPDATE project SET unit_id = $1 WHERE id = $2`, [other, id]);
    await check('the project moved to another unit');
    await db.query(`DELETE FROM project WHERE id = $1`, [id]);
    await check('the project deleted');
    await exact('the counted project added, moved and deleted');
  });

  it('give the contract’s figures over HTTP, equal to SQL over the raw rows', async () => {
    const years = (
      await db.query(
        `SELECT DISTINCT year, month FROM monitoring_checkpoint WHERE region_id = $1 AND scope = 'PROJECT' ORDER BY 1, 2`,
        [region],
      )
    ).rows as { year: number; month: number }[];
    for (const { year, month } of years) {
      for (const [user, groupBy, key, scope] of [
        ['pes', 'FUND_FAMILY', 'p.fund_family', `p.region_id = ${region}`],
        ['pes', 'UNIT', 'u.id::text', `p.region_id = ${region}`],
        [
          'sec-jkw',
          'SECTION',
          'u.supervising_section_id::text',
          `u.supervising_section_id = (SELECT section_id FROM app_user WHERE username = 'sec-jkw')`,
        ],
        ['leader', 'TOTAL', `'TOTAL'`, `p.region_id = ${region}`],
        // The county-wide roles by section read the section rollup (execution_section_summary).
        ['leader', 'SECTION', 'u.supervising_section_id::text', `p.region_id = ${region}`],
        [
          'prefecture',
          'SECTION',
          'u.supervising_section_id::text',
          `p.region_id IN (SELECT r.id FROM region r WHERE r.path LIKE (SELECT pr.path FROM region pr
             JOIN app_user a ON a.region_id = pr.id WHERE a.username = 'prefecture') || '%')`,
        ],
      ] as const) {
        const res = await gql(
          ctx.graphqlUrl,
          `query($y: Int!, $m: Int!, $g: ExecutionGroupBy) { executionSummary(year: $y, month: $m, groupBy: $g) { key projectCount budget executed } }`,
          { y: year, m: month, g: groupBy },
          t[user],
        );
        expect(res.errors).toBeUndefined();
        const raw = (
          await db.query(
            `SELECT ${key} AS key, count(*)::int AS "projectCount", sum(r.budget)::text AS budget, sum(r.executed)::text AS executed
               FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id AND c.scope = 'PROJECT'
               JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
              WHERE c.year = $1 AND c.month = $2 AND r.status <> 'DRAFT' AND ${scope}
              GROUP BY 1`,
            [year, month],
          )
        ).rows;
        // Fen-exact: the decimal strings as integers of fen.
        // (With no report at all, TOTAL is one row of zeros; SQL's GROUP BY gives no row.)
        const fenOf = (xs: any[]) =>
          xs
            .filter((x) => x.projectCount > 0)
            .map((x) => ({
              key: x.key,
              projectCount: x.projectCount,
              budget: toFen(x.budget),
              executed: toFen(x.executed),
            }))
            .sort((a, b) => a.key.localeCompare(b.key));
        expect(fenOf(res.data!.executionSummary), `${user} ${groupBy} ${year}-${month}`).toEqual(fenOf(raw));
      }
      // Open flags as of the checkpoint, counted by SQL written here (the county-wide roles read the county
      // rollup, a section the summary).
      const flagsOf = async (user: string) => {
        const res = await gql(
          ctx.graphqlUrl,
          `query($y: Int!, $m: Int!) { flagSummary(year: $y, month: $m) { yellow red newYellow escalatedToRed closed } }`,
          { y: year, m: month },
          t[user],
        );
        expect(res.errors).toBeUndefined();
        return res;
      };
      const res = await flagsOf('pes');
      for (const user of ['leader', 'budget']) expect((await flagsOf(user)).data, user).toEqual(res.data);
      const [open] = (
        await db.query(
          `SELECT count(*) FILTER (WHERE NOT (f.level = 'RED' AND (ec.period_end IS NULL OR ec.period_end <= cp.period_end)))::int AS yellow,
                  count(*) FILTER (WHERE f.level = 'RED' AND (ec.period_end IS NULL OR ec.period_end <= cp.period_end))::int AS red
             FROM flag f JOIN project p ON p.id = f.project_id
             JOIN monitoring_checkpoint cp ON cp.region_id = p.region_id AND cp.year = $1 AND cp.month = $2 AND cp.scope = 'PROJECT'
             JOIN monitoring_checkpoint rc ON rc.id = f.raised_checkpoint_id
             LEFT JOIN monitoring_checkpoint ec ON ec.id = f.escalated_checkpoint_id
            WHERE p.year = $1 AND p.region_id = $3 AND rc.year = $1 AND rc.period_end <= cp.period_end
              AND (f.closed_on IS NULL OR f.closed_on > cp.period_end)`,
          [year, month, region],
        )
      ).rows;
      const [unitWide] = (
        await db.query(
          `SELECT count(*)::int AS n FROM unit_wide_flag f JOIN unit_wide_target t ON t.id = f.target_id
             JOIN unit u ON u.id = t.unit_id WHERE t.year = $1 AND u.region_id = $2`,
          [year, region],
        )
      ).rows;
      // Unit-wide flags count at the June checkpoint only; the project checkpoints here are May and August.
      if (unitWide.n === 0 || month !== 6) {
        expect(
          { yellow: res.data!.flagSummary.yellow, red: res.data!.flagSummary.red },
          `flags ${year}-${month}`,
        ).toEqual(open);
      }
    }
    // Targets: the summary path against the raw path (a filter on the approved status the summary holds sends
    // the query to the raw rows without changing its answer) for every kind of viewer and the summary's
    // filters, to the fen; and the performance section's figures against SQL written here.
    const TARGETS = `query($y: Int!, $f: AnalyticsFilter) { targetSummary(year: $y, filter: $f) { projectCount budget
      annualBudgetProjectCount annualBudget exAnteProjectCount exAnteBudget unitWideReviewedCount
      unitWideReturnedCount unitWideIssueCount } }`;
    const section = await firstBusinessSection();
    const targetYears = (
      await db.query(`SELECT DISTINCT year FROM project WHERE region_id = $1 ORDER BY 1`, [region])
    ).rows.map((r) => r.year as number);
    let counted = 0;
    for (const year of targetYears) {
      for (const user of ['pes', 'sec-jkw', 'leader', 'unit-wjw', 'prefecture', 'budget']) {
        for (const filter of [
          {},
          { fundFamily: 'GENERAL_PUBLIC' },
          { classified: false },
          { sectionCode: section.code },
        ] as Record<string, unknown>[]) {
          const ask = async (f: Record<string, unknown>) => {
            const res = await gql(ctx.graphqlUrl, TARGETS, { y: year, f }, t[user]);
            expect(res.errors, `${user} ${JSON.stringify(f)}`).toBeUndefined();
            return res.data!.targetSummary;
          };
          const summary = await ask(filter);
          expect(summary, `targets ${year} ${user} ${JSON.stringify(filter)}`).toEqual(
            await ask({ ...filter, targetStatus: 'APPROVED' }),
          );
          counted += summary.projectCount + summary.unitWideReviewedCount;
        }
      }
      const res = await gql(ctx.graphqlUrl, TARGETS, { y: year }, t.pes);
      const [raw] = (
        await db.query(
          `SELECT count(*)::int AS "projectCount", COALESCE(sum(p.budget), 0)::text AS budget,
                  (count(*) FILTER (WHERE p.in_annual_budget))::int AS "annualBudgetProjectCount",
                  COALESCE(sum(p.budget) FILTER (WHERE p.in_annual_budget), 0)::text AS "annualBudget",
                  (count(*) FILTER (WHERE x.conclusion = 'SUPPORT'))::int AS "exAnteProjectCount",
                  COALESCE(sum(p.budget) FILTER (WHERE x.conclusion = 'SUPPORT'), 0)::text AS "exAnteBudget",
                  (SELECT count(DISTINCT t.unit_id) FROM target_review t JOIN unit u ON u.id = t.unit_id
                    WHERE t.year = $1 AND t.subject = 'UNIT_WIDE' AND t.stage = 'PERFORMANCE' AND u.region_id = $2)::int
                    AS "unitWideReviewedCount"
             FROM project p LEFT JOIN ex_ante_assessment x ON x.project_id = p.id AND x.status = 'CONCLUDED'
            WHERE p.year = $1 AND p.target_status = 'APPROVED' AND p.region_id = $2`,
          [year, region],
        )
      ).rows;
      const g = res.data!.targetSummary;
      expect(
        {
          ...g,
          budget: toFen(g.budget),
          annualBudget: toFen(g.annualBudget),
          exAnteBudget: toFen(g.exAnteBudget),
          unitWideReturnedCount: undefined,
          unitWideIssueCount: undefined,
        },
        `targets ${year}`,
      ).toEqual({
        ...raw,
        budget: toFen(raw.budget),
        annualBudget: toFen(raw.annualBudget),
        exAnteBudget: toFen(raw.exAnteBudget),
        unitWideReturnedCount: undefined,
        unitWideIssueCount: undefined,
      });
    }
    expect(counted).toBeGreaterThan(0);
    // Grade distributions, by SQL written here.
    for (const year of [...new Set(years.map((y) => y.year))]) {
      for (const kind of ['SELF', 'DEPARTMENT', 'UNIT_WIDE']) {
        const gradesOf = async (user: string, fundFamily?: string) => {
          const res = await gql(
            ctx.graphqlUrl,
            `query($y: Int!, $k: EvaluationKind!, $f: AnalyticsFilter) { gradeDistribution(year: $y, kind: $k, filter: $f) {
              total budget findings buckets { grade count } } }`,
            { y: year, k: kind, f: fundFamily ? { fundFamily } : null },
            t[user],
          );
          expect(res.errors).toBeUndefined();
          return res;
        };
        const res = await gradesOf('pes');
        for (const user of ['leader', 'budget']) expect((await gradesOf(user)).data, user).toEqual(res.data);
        // By fund family, from the county rollup, against the raw rows.
        if (kind !== 'UNIT_WIDE') {
          const byFamily = (await gradesOf('pes', 'GENERAL_PUBLIC')).data!.gradeDistribution;
          const [familyRaw] = (
            await db.query(
              `SELECT count(*)::int AS total, COALESCE(sum(e.budget), 0)::text AS budget
                 FROM evaluation e JOIN project p ON p.id = e.project_id
                WHERE e.year = $1 AND e.kind = $2 AND e.status = 'FINAL' AND p.region_id = $3
                  AND p.fund_family = 'GENERAL_PUBLIC'`,
              [year, kind, region],
            )
          ).rows;
          expect({ total: byFamily.total, budget: toFen(byFamily.budget) }, `grades ${year} ${kind} by family`).toEqual(
            {
              ...familyRaw,
              budget: toFen(familyRaw.budget),
            },
          );
        }
        const [raw] = (
          await db.query(
            `SELECT count(*)::int AS total, COALESCE(sum(e.budget), 0)::text AS budget,
                    (SELECT count(*) FROM evaluation_finding f JOIN evaluation e2 ON e2.id = f.evaluation_id
                      LEFT JOIN project p2 ON p2.id = e2.project_id JOIN unit u2 ON u2.id = e2.unit_id
                      WHERE e2.year = $1 AND e2.kind = $2 AND e2.status = 'FINAL'
                        AND COALESCE(p2.region_id, u2.region_id) = $3)::int AS findings,
                    count(*) FILTER (WHERE e.grade = 'EXCELLENT')::int AS excellent,
                    count(*) FILTER (WHERE e.grade = 'POOR')::int AS poor
               FROM evaluation e LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id
              WHERE e.year = $1 AND e.kind = $2 AND e.status = 'FINAL' AND COALESCE(p.region_id, u.region_id) = $3`,
            [year, kind, region],
          )
        ).rows;
        const g = res.data!.gradeDistribution;
        const bucket = (grade: string) => g.buckets.find((b: any) => b.grade === grade).count;
        expect(
          {
            total: g.total,
            budget: toFen(g.budget),
            findings: g.findings,
            excellent: bucket('EXCELLENT'),
            poor: bucket('POOR'),
          },
          `grades ${year} ${kind}`,
        ).toEqual({ ...raw, budget: toFen(raw.budget) });
      }
    }
  });
});

function toFen(yuan: string): bigint {
  const [i, d = ''] = String(yuan).split('.');
  return BigInt(i!) * 100n + BigInt((d + '00').slice(0, 2)) * (i!.startsWith('-') ? -1n : 1n);
}
