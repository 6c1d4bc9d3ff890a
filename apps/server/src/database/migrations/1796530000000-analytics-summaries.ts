import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Summaries the analytics contract reads instead of the raw rows (issue 16 §2), kept exact by PostgreSQL
 * statement-level triggers with transition tables, in the same transaction as whatever writes the raw rows:
 * every Workflow mutation, an import, the demo load, the bench's generator, a hand-written SQL statement.
 *
 * - `execution_summary`: the monitoring reports that are not drafts, per checkpoint and per the project's
 *   county, unit, fund family and budget year — the grain `executionSummary` groups and filters by.
 * - `flag_summary`: the flags, per the project's county, unit, fund family and budget year and per the
 *   flag's level, raising checkpoint, escalating checkpoint and closing date: every column the "as of a
 *   checkpoint" counts of `flagSummary` read, so they stay exact for any checkpoint (nothing time-dependent
 *   is stored, only counts of flags sharing those columns).
 *
 * Each change is applied as a signed delta (`INSERT … ON CONFLICT DO UPDATE SET n = n + delta`), which is
 * right under concurrent transactions; groups that fall to zero are deleted. A report's or flag's group is
 * found through its project as it stands: a project whose county, unit, fund family or year changes moves
 * its rows' contributions (project update trigger); a deleted project withdraws them before its rows are
 * cascaded away (row-level BEFORE DELETE, while they can still be read). Units, sections and checkpoints are
 * joined at read time, so renaming a unit or moving it to another section needs no maintenance.
 */
export class AnalyticsSummaries1796530000000 implements MigrationInterface {
  name = 'AnalyticsSummaries1796530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "execution_summary" (
      "checkpoint_id" integer NOT NULL, "region_id" integer NOT NULL, "unit_id" integer NOT NULL,
      "fund_family" character varying(32) NOT NULL, "year" integer NOT NULL,
      "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_execution_summary" PRIMARY KEY ("checkpoint_id", "region_id", "unit_id", "fund_family", "year"))`);
    await q.query(
      `CREATE INDEX "IDX_execution_summary_empty" ON "execution_summary" ("checkpoint_id") WHERE project_count = 0`,
    );
    await q.query(`CREATE TABLE "flag_summary" (
      "id" SERIAL NOT NULL, "region_id" integer NOT NULL, "unit_id" integer NOT NULL,
      "fund_family" character varying(32) NOT NULL, "year" integer NOT NULL, "level" character varying(8) NOT NULL,
      "raised_checkpoint_id" integer NOT NULL, "escalated_checkpoint_id" integer, "closed_on" date,
      "n" integer NOT NULL, CONSTRAINT "PK_flag_summary" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_flag_summary" ON "flag_summary"
      ("region_id", "year", "unit_id", "fund_family", "level", "raised_checkpoint_id", "escalated_checkpoint_id", "closed_on")
      NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX "IDX_flag_summary_empty" ON "flag_summary" ("region_id") WHERE n = 0`);

    // Applies signed deltas (a relation of key columns and amounts) to execution_summary.
    const applyExecution = (deltas: string) => `
      INSERT INTO execution_summary AS s (checkpoint_id, region_id, unit_id, fund_family, year, project_count, budget, executed)
      SELECT checkpoint_id, region_id, unit_id, fund_family, year, sum(n), sum(budget), sum(executed)
        FROM (${deltas}) d
       GROUP BY checkpoint_id, region_id, unit_id, fund_family, year
       ORDER BY checkpoint_id, region_id, unit_id, fund_family, year
      ON CONFLICT (checkpoint_id, region_id, unit_id, fund_family, year) DO UPDATE
        SET project_count = s.project_count + EXCLUDED.project_count,
            budget = s.budget + EXCLUDED.budget, executed = s.executed + EXCLUDED.executed;
      DELETE FROM execution_summary WHERE project_count = 0;`;
    const reportDelta = (rows: string, sign: '' | '-') => `
      SELECT r.checkpoint_id, p.region_id, p.unit_id, p.fund_family, p.year,
             ${sign}1 AS n, ${sign}r.budget AS budget, ${sign}r.executed AS executed
        FROM ${rows} r JOIN project p ON p.id = r.project_id
       WHERE r.status <> 'DRAFT'`;
    const applyFlags = (deltas: string) => `
      INSERT INTO flag_summary AS s (region_id, year, unit_id, fund_family, level, raised_checkpoint_id,
                                     escalated_checkpoint_id, closed_on, n)
      SELECT region_id, year, unit_id, fund_family, level, raised_checkpoint_id, escalated_checkpoint_id, closed_on, sum(n)
        FROM (${deltas}) d
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
       ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
      ON CONFLICT (region_id, year, unit_id, fund_family, level, raised_checkpoint_id, escalated_checkpoint_id, closed_on)
        DO UPDATE SET n = s.n + EXCLUDED.n;
      DELETE FROM flag_summary WHERE n = 0;`;
    const flagDelta = (rows: string, sign: '' | '-') => `
      SELECT p.region_id, p.year, p.unit_id, p.fund_family, f.level, f.raised_checkpoint_id,
             f.escalated_checkpoint_id, f.closed_on, ${sign}1 AS n
        FROM ${rows} f JOIN project p ON p.id = f.project_id`;

    await q.query(`CREATE FUNCTION execution_summary_reports() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${applyExecution(reportDelta('new_rows', ''))}
        ELSIF TG_OP = 'UPDATE' THEN
          ${applyExecution(`${reportDelta('old_rows', '-')} UNION ALL ${reportDelta('new_rows', '')}`)}
        ELSE ${applyExecution(reportDelta('old_rows', '-'))}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION flag_summary_flags() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${applyFlags(flagDelta('new_rows', ''))}
        ELSIF TG_OP = 'UPDATE' THEN ${applyFlags(`${flagDelta('old_rows', '-')} UNION ALL ${flagDelta('new_rows', '')}`)}
        ELSE ${applyFlags(flagDelta('old_rows', '-'))}
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['monitoring_report', 'execution_summary_reports'],
      ['flag', 'flag_summary_flags'],
    ]) {
      await q.query(`CREATE TRIGGER ${table}_summary_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_summary_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_summary_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    // A project moved to another county, unit, fund family or year moves its reports' and flags' contributions.
    const moved = `FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.region_id, o.unit_id, o.fund_family, o.year) IS DISTINCT FROM (n.region_id, n.unit_id, n.fund_family, n.year)`;
    await q.query(`CREATE FUNCTION analytics_summary_projects_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 ${moved}) THEN RETURN NULL; END IF;
        ${applyExecution(`
          SELECT r.checkpoint_id, m.region_id, m.unit_id, m.fund_family, m.year, m.sign AS n,
                 m.sign * r.budget AS budget, m.sign * r.executed AS executed
            FROM (SELECT o.id, o.region_id, o.unit_id, o.fund_family, o.year, -1 AS sign ${moved}
                  UNION ALL
                  SELECT n.id, n.region_id, n.unit_id, n.fund_family, n.year, 1 ${moved}) m
            JOIN monitoring_report r ON r.project_id = m.id
           WHERE r.status <> 'DRAFT'`)}
        ${applyFlags(`
          SELECT m.region_id, m.year, m.unit_id, m.fund_family, f.level, f.raised_checkpoint_id,
                 f.escalated_checkpoint_id, f.closed_on, m.sign AS n
            FROM (SELECT o.id, o.region_id, o.unit_id, o.fund_family, o.year, -1 AS sign ${moved}
                  UNION ALL
                  SELECT n.id, n.region_id, n.unit_id, n.fund_family, n.year, 1 ${moved}) m
            JOIN flag f ON f.project_id = m.id`)}
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER project_summary_update AFTER UPDATE ON project
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION analytics_summary_projects_moved()`);

    // A deleted project withdraws its rows' contributions while they can still be read: its reports and flags
    // are then cascaded away, and their own triggers no longer find the project (so subtract nothing twice).
    await q.query(`CREATE FUNCTION analytics_summary_project_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE o project%ROWTYPE := OLD;
      BEGIN
        ${applyExecution(`
          SELECT r.checkpoint_id, o.region_id, o.unit_id, o.fund_family, o.year, -1 AS n,
                 -r.budget AS budget, -r.executed AS executed
            FROM monitoring_report r WHERE r.project_id = o.id AND r.status <> 'DRAFT'`)}
        ${applyFlags(`
          SELECT o.region_id, o.year, o.unit_id, o.fund_family, f.level, f.raised_checkpoint_id,
                 f.escalated_checkpoint_id, f.closed_on, -1 AS n
            FROM flag f WHERE f.project_id = o.id`)}
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER project_summary_delete BEFORE DELETE ON project
      FOR EACH ROW EXECUTE FUNCTION analytics_summary_project_deleted()`);

    // TRUNCATE (tests, a reload) rebuilds both from what is left.
    await q.query(`CREATE FUNCTION analytics_summary_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM analytics_summary_build();
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION analytics_summary_build() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM execution_summary;
        DELETE FROM flag_summary;
        ${applyExecution(reportDelta('monitoring_report', ''))}
        ${applyFlags(flagDelta('flag', ''))}
      END $$`);
    for (const table of ['project', 'monitoring_report', 'flag']) {
      await q.query(`CREATE TRIGGER ${table}_summary_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION analytics_summary_rebuild()`);
    }
    // The rows already there.
    await q.query(`SELECT analytics_summary_build()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['project', 'monitoring_report', 'flag']) {
      await q.query(`DROP TRIGGER ${table}_summary_truncate ON ${table}`);
    }
    for (const table of ['monitoring_report', 'flag']) {
      for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER ${table}_summary_${op} ON ${table}`);
    }
    await q.query(`DROP TRIGGER project_summary_update ON project`);
    await q.query(`DROP TRIGGER project_summary_delete ON project`);
    for (const fn of [
      'analytics_summary_rebuild()',
      'analytics_summary_build()',
      'analytics_summary_project_deleted()',
      'analytics_summary_projects_moved()',
      'flag_summary_flags()',
      'execution_summary_reports()',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP TABLE "flag_summary"`);
    await q.query(`DROP TABLE "execution_summary"`);
  }
}
