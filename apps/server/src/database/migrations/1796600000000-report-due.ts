import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `report_due`: the reports still due, one row per project checkpoint and project expected to report there
 * and not yet reported (issue 16 §4) — the chase list (Checkpoint.missingReports) as a table. A province's chase
 * list asked, per checkpoint, every project of the county whether it had reported (an anti-join of a million
 * projects per request, timed out at 15 s); with this table a checkpoint's list is an index range in code order,
 * and a checkpoint where everyone reported is empty.
 *
 * Due means (the condition of `modules/monitoring/expected-reports.ts`): a PROJECT checkpoint of the project's
 * county and year, the project's targets approved, budgeted by the period's end, and no report beyond a draft.
 * Nothing about today's date is stored, so the rows never go stale.
 *
 * Kept by PostgreSQL triggers in the transaction of whatever writes the rows it depends on: a project (county,
 * year, target status, budgeted date, code), a report (its status across the draft line, its project or
 * checkpoint) and a checkpoint (scope, county, year, period end). Each recomputes the rows of what it changed
 * from the source tables. Concurrent writers of the two sides of one row are serialized by row locks, so
 * neither computes from a state the other is changing: a report's writer holds a key-share lock on its project
 * and checkpoint (an insert through its foreign keys; an update or delete takes it), and a project's or
 * checkpoint's recomputation first takes an update lock on that row, which waits for those. A checkpoint's
 * recomputation also takes a share lock on the project table (new checkpoints are opened a few times a year),
 * so a project added meanwhile cannot miss it. TRUNCATE rebuilds.
 */

/** Inserts the due rows among the pairs of checkpoint `c` and project `p` that `restrict` admits. */
const insertDue = (restrict: string) => `
  INSERT INTO report_due (checkpoint_id, project_id, code)
  SELECT c.id, p.id, p.code
    FROM monitoring_checkpoint c JOIN project p ON p.region_id = c.region_id AND p.year = c.year
   WHERE c.scope = 'PROJECT' AND p.target_status = 'APPROVED' AND p.budgeted_on <= c.period_end
     AND NOT EXISTS (SELECT 1 FROM monitoring_report r
                      WHERE r.project_id = p.id AND r.checkpoint_id = c.id AND r.status <> 'DRAFT')
     AND ${restrict}
  ON CONFLICT DO NOTHING;`;

export class ReportDue1796600000000 implements MigrationInterface {
  name = 'ReportDue1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "report_due" (
      "checkpoint_id" integer NOT NULL, "project_id" integer NOT NULL, "code" character varying(40) NOT NULL,
      CONSTRAINT "PK_report_due" PRIMARY KEY ("project_id", "checkpoint_id"))`);
    // A checkpoint's list in code order (the chase list's keyset), and its count.
    await q.query(`CREATE INDEX "IDX_report_due_checkpoint" ON "report_due" ("checkpoint_id", "code", "project_id")`);

    await q.query(`CREATE FUNCTION report_due_projects() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE changed int[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${insertDue('p.id IN (SELECT n.id FROM new_rows n)')}
          RETURN NULL;
        END IF;
        IF TG_OP = 'DELETE' THEN
          DELETE FROM report_due d USING old_rows o WHERE d.project_id = o.id;
          RETURN NULL;
        END IF;
        changed := ARRAY(SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                          WHERE (o.region_id, o.year, o.target_status, o.budgeted_on, o.code)
                                IS DISTINCT FROM (n.region_id, n.year, n.target_status, n.budgeted_on, n.code));
        IF cardinality(changed) = 0 THEN RETURN NULL; END IF;
        -- Waits for the transactions writing these projects' reports (they hold a key-share lock on them).
        PERFORM 1 FROM project p WHERE p.id = ANY(changed) ORDER BY p.id FOR UPDATE;
        DELETE FROM report_due d WHERE d.project_id = ANY(changed);
        ${insertDue('p.id = ANY(changed)')}
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER project_report_due_insert AFTER INSERT ON project
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_due_projects()`);
    await q.query(`CREATE TRIGGER project_report_due_update AFTER UPDATE ON project
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION report_due_projects()`);
    await q.query(`CREATE TRIGGER project_report_due_delete AFTER DELETE ON project
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_due_projects()`);

    // A report beyond a draft ends its pair's dueness; a report moved back to draft, moved or deleted may start it.
    await q.query(`CREATE FUNCTION report_due_reports() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE pairs int[][];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- The foreign keys' checks hold a key-share lock on the project and checkpoint.
          DELETE FROM report_due d USING new_rows r
           WHERE r.status <> 'DRAFT' AND d.project_id = r.project_id AND d.checkpoint_id = r.checkpoint_id;
          RETURN NULL;
        END IF;
        IF TG_OP = 'DELETE' THEN
          pairs := ARRAY(SELECT ARRAY[o.project_id, o.checkpoint_id] FROM old_rows o WHERE o.status <> 'DRAFT');
        ELSE
          pairs := ARRAY(SELECT ARRAY[x.project_id, x.checkpoint_id]
                           FROM old_rows o JOIN new_rows n ON n.id = o.id,
                                LATERAL (VALUES (o.project_id, o.checkpoint_id), (n.project_id, n.checkpoint_id))
                                  AS x(project_id, checkpoint_id)
                          WHERE (o.status <> 'DRAFT', o.project_id, o.checkpoint_id)
                                IS DISTINCT FROM (n.status <> 'DRAFT', n.project_id, n.checkpoint_id));
        END IF;
        IF cardinality(pairs) = 0 THEN RETURN NULL; END IF;
        PERFORM 1 FROM project p WHERE p.id IN (SELECT pairs[i][1] FROM generate_subscripts(pairs, 1) i)
          ORDER BY p.id FOR KEY SHARE;
        PERFORM 1 FROM monitoring_checkpoint c WHERE c.id IN (SELECT pairs[i][2] FROM generate_subscripts(pairs, 1) i)
          ORDER BY c.id FOR KEY SHARE;
        DELETE FROM report_due d USING generate_subscripts(pairs, 1) i
         WHERE d.project_id = pairs[i][1] AND d.checkpoint_id = pairs[i][2];
        ${insertDue('(p.id, c.id) IN (SELECT pairs[i][1], pairs[i][2] FROM generate_subscripts(pairs, 1) i)')}
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER monitoring_report_report_due_insert AFTER INSERT ON monitoring_report
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_due_reports()`);
    await q.query(`CREATE TRIGGER monitoring_report_report_due_update AFTER UPDATE ON monitoring_report
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION report_due_reports()`);
    await q.query(`CREATE TRIGGER monitoring_report_report_due_delete AFTER DELETE ON monitoring_report
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_due_reports()`);

    await q.query(`CREATE FUNCTION report_due_checkpoints() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE changed int[];
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM report_due d USING old_rows o WHERE d.checkpoint_id = o.id;
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
          changed := ARRAY(SELECT n.id FROM new_rows n WHERE n.scope = 'PROJECT');
        ELSE
          changed := ARRAY(SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                            WHERE (o.scope, o.region_id, o.year, o.period_end)
                                  IS DISTINCT FROM (n.scope, n.region_id, n.year, n.period_end));
        END IF;
        IF cardinality(changed) = 0 THEN RETURN NULL; END IF;
        -- Projects written meanwhile are committed before, or wait until after, this recomputation; so are
        -- the reports at these checkpoints (their writers hold a key-share lock on them).
        LOCK TABLE project IN SHARE MODE;
        PERFORM 1 FROM monitoring_checkpoint c WHERE c.id = ANY(changed) ORDER BY c.id FOR UPDATE;
        DELETE FROM report_due d WHERE d.checkpoint_id = ANY(changed);
        ${insertDue('c.id = ANY(changed)')}
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER monitoring_checkpoint_report_due_insert AFTER INSERT ON monitoring_checkpoint
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_due_checkpoints()`);
    await q.query(`CREATE TRIGGER monitoring_checkpoint_report_due_update AFTER UPDATE ON monitoring_checkpoint
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION report_due_checkpoints()`);
    await q.query(`CREATE TRIGGER monitoring_checkpoint_report_due_delete AFTER DELETE ON monitoring_checkpoint
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_due_checkpoints()`);

    // TRUNCATE (tests, a reload) rebuilds from what is left; so does the migration, from the rows already there.
    await q.query(`CREATE FUNCTION report_due_build() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM report_due;
        ${insertDue('TRUE')}
      END $$`);
    await q.query(`CREATE FUNCTION report_due_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM report_due_build();
        RETURN NULL;
      END $$`);
    for (const table of ['project', 'monitoring_report', 'monitoring_checkpoint']) {
      await q.query(`CREATE TRIGGER ${table}_report_due_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION report_due_rebuild()`);
    }
    await q.query(`SELECT report_due_build()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['project', 'monitoring_report', 'monitoring_checkpoint']) {
      for (const op of ['insert', 'update', 'delete', 'truncate']) {
        await q.query(`DROP TRIGGER ${table}_report_due_${op} ON ${table}`);
      }
    }
    for (const fn of ['report_due_rebuild', 'report_due_build', 'report_due_checkpoints', 'report_due_reports']) {
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP FUNCTION report_due_projects()`);
    await q.query(`DROP TABLE "report_due"`);
  }
}
