import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `evaluation_summary`: the final evaluations counted per evaluated year, kind, grade, the evaluation's unit and,
 * for a project's evaluation, the project's county, unit, fund family and budget year — the grain
 * `gradeDistribution` filters by — with their budget and findings (issue 16 §2). Kept by triggers like the
 * summaries of 1796530000000: signed deltas in the writing transaction.
 *
 * A deletion withdraws a row's contribution while its parents can still be read, by the first deletion of the
 * chain: a project (its evaluations and their findings, row-level BEFORE DELETE), an evaluation (with its
 * findings, row-level BEFORE DELETE), a finding (statement-level). A row whose parent is already gone was
 * withdrawn with it, so the later triggers of a cascade find no parent and subtract nothing.
 */
export class EvaluationSummary1796530100000 implements MigrationInterface {
  name = 'EvaluationSummary1796530100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "evaluation_summary" (
      "id" SERIAL NOT NULL, "year" smallint NOT NULL, "kind" character varying(16) NOT NULL,
      "grade" character varying(16), "unit_id" integer NOT NULL, "project" boolean NOT NULL,
      "region_id" integer, "project_unit_id" integer, "fund_family" character varying(32), "project_year" integer,
      "n" integer NOT NULL, "budget" numeric NOT NULL, "findings" integer NOT NULL,
      CONSTRAINT "PK_evaluation_summary" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_evaluation_summary" ON "evaluation_summary"
      ("year", "kind", "grade", "unit_id", "project", "region_id", "project_unit_id", "fund_family", "project_year")
      NULLS NOT DISTINCT`);
    await q.query(
      `CREATE INDEX "IDX_evaluation_summary_empty" ON "evaluation_summary" ("year") WHERE n = 0 AND findings = 0`,
    );

    const keys = `year, kind, grade, unit_id, project, region_id, project_unit_id, fund_family, project_year`;
    const apply = (deltas: string) => `
      INSERT INTO evaluation_summary AS s (${keys}, n, budget, findings)
      SELECT ${keys}, sum(n), sum(budget), sum(findings) FROM (${deltas}) d
       GROUP BY ${keys} ORDER BY ${keys}
      ON CONFLICT (${keys}) DO UPDATE
        SET n = s.n + EXCLUDED.n, budget = s.budget + EXCLUDED.budget, findings = s.findings + EXCLUDED.findings;
      DELETE FROM evaluation_summary WHERE n = 0 AND findings = 0;`;
    // An evaluation's key columns, from `e` (an evaluation row) and `p` (its project, LEFT JOINed).
    const keyOf = `e.year, e.kind, e.grade, e.unit_id, e.project_id IS NOT NULL AS project, p.region_id,
      p.unit_id AS project_unit_id, p.fund_family, p.year AS project_year`;
    // Evaluations of `rows` that are final and whose project (if any) can be read, with `sign`.
    const evaluationDelta = (rows: string, sign: '' | '-', findings = true) => `
      SELECT ${keyOf}, ${sign}1 AS n, ${sign}e.budget AS budget,
             ${findings ? `${sign}(SELECT count(*) FROM evaluation_finding f WHERE f.evaluation_id = e.id)::int` : '0'} AS findings
        FROM ${rows} e LEFT JOIN project p ON p.id = e.project_id
       WHERE e.status = 'FINAL' AND (e.project_id IS NULL OR p.id IS NOT NULL)`;
    const findingDelta = (rows: string, sign: '' | '-') => `
      SELECT ${keyOf}, 0 AS n, 0 AS budget, ${sign}1 AS findings
        FROM ${rows} x JOIN evaluation e ON e.id = x.evaluation_id LEFT JOIN project p ON p.id = e.project_id
       WHERE e.status = 'FINAL' AND (e.project_id IS NULL OR p.id IS NOT NULL)`;

    await q.query(`CREATE FUNCTION evaluation_summary_evaluations() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(evaluationDelta('new_rows', ''))}
        ELSE ${apply(`${evaluationDelta('old_rows', '-')} UNION ALL ${evaluationDelta('new_rows', '')}`)}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER evaluation_summary_insert AFTER INSERT ON evaluation
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation_summary_evaluations()`);
    await q.query(`CREATE TRIGGER evaluation_summary_update AFTER UPDATE ON evaluation
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation_summary_evaluations()`);
    // A deleted evaluation, with its findings (still there before the cascade).
    await q.query(`CREATE FUNCTION evaluation_summary_evaluation_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply(evaluationDelta('(SELECT OLD.*)', '-'))}
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER evaluation_summary_delete BEFORE DELETE ON evaluation
      FOR EACH ROW EXECUTE FUNCTION evaluation_summary_evaluation_deleted()`);

    await q.query(`CREATE FUNCTION evaluation_summary_findings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(findingDelta('new_rows', ''))}
        ELSIF TG_OP = 'UPDATE' THEN ${apply(`${findingDelta('old_rows', '-')} UNION ALL ${findingDelta('new_rows', '')}`)}
        ELSE ${apply(findingDelta('old_rows', '-'))}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER evaluation_finding_summary_insert AFTER INSERT ON evaluation_finding
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation_summary_findings()`);
    await q.query(`CREATE TRIGGER evaluation_finding_summary_update AFTER UPDATE ON evaluation_finding
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation_summary_findings()`);
    await q.query(`CREATE TRIGGER evaluation_finding_summary_delete AFTER DELETE ON evaluation_finding
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation_summary_findings()`);

    // A project moved to another county, unit, fund family or year moves its evaluations' contributions.
    const moved = `FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.region_id, o.unit_id, o.fund_family, o.year) IS DISTINCT FROM (n.region_id, n.unit_id, n.fund_family, n.year)`;
    const projectEvaluations = (project: string, sign: string) => `
      SELECT e.year, e.kind, e.grade, e.unit_id, TRUE AS project, ${project}.region_id,
             ${project}.unit_id AS project_unit_id, ${project}.fund_family, ${project}.year AS project_year,
             ${sign} AS n, ${sign} * e.budget AS budget,
             ${sign} * (SELECT count(*) FROM evaluation_finding f WHERE f.evaluation_id = e.id)::int AS findings
        FROM evaluation e WHERE e.project_id = ${project}.id AND e.status = 'FINAL'`;
    await q.query(`CREATE FUNCTION evaluation_summary_projects_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 ${moved}) THEN RETURN NULL; END IF;
        ${apply(`
          SELECT x.* FROM (SELECT o.* ${moved}) m, LATERAL (${projectEvaluations('m', '-1')}) x
          UNION ALL
          SELECT x.* FROM (SELECT n.* ${moved}) m, LATERAL (${projectEvaluations('m', '1')}) x`)}
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER project_evaluation_summary_update AFTER UPDATE ON project
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION evaluation_summary_projects_moved()`);
    await q.query(`CREATE FUNCTION evaluation_summary_project_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply(`SELECT x.* FROM (SELECT OLD.*) m, LATERAL (${projectEvaluations('m', '-1')}) x`)}
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER project_evaluation_summary_delete BEFORE DELETE ON project
      FOR EACH ROW EXECUTE FUNCTION evaluation_summary_project_deleted()`);

    await q.query(`CREATE FUNCTION evaluation_summary_build() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM evaluation_summary;
        ${apply(evaluationDelta('evaluation', ''))}
      END $$`);
    await q.query(`CREATE FUNCTION evaluation_summary_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM evaluation_summary_build();
        RETURN NULL;
      END $$`);
    for (const table of ['project', 'evaluation', 'evaluation_finding']) {
      await q.query(`CREATE TRIGGER ${table}_evaluation_summary_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION evaluation_summary_rebuild()`);
    }
    await q.query(`SELECT evaluation_summary_build()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['project', 'evaluation', 'evaluation_finding']) {
      await q.query(`DROP TRIGGER ${table}_evaluation_summary_truncate ON ${table}`);
    }
    for (const [trigger, table] of [
      ['evaluation_summary_insert', 'evaluation'],
      ['evaluation_summary_update', 'evaluation'],
      ['evaluation_summary_delete', 'evaluation'],
      ['evaluation_finding_summary_insert', 'evaluation_finding'],
      ['evaluation_finding_summary_update', 'evaluation_finding'],
      ['evaluation_finding_summary_delete', 'evaluation_finding'],
      ['project_evaluation_summary_update', 'project'],
      ['project_evaluation_summary_delete', 'project'],
    ]) {
      await q.query(`DROP TRIGGER ${trigger} ON ${table}`);
    }
    for (const fn of [
      'evaluation_summary_rebuild()',
      'evaluation_summary_build()',
      'evaluation_summary_project_deleted()',
      'evaluation_summary_projects_moved()',
      'evaluation_summary_findings()',
      'evaluation_summary_evaluation_deleted()',
      'evaluation_summary_evaluations()',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP TABLE "evaluation_summary"`);
  }
}
