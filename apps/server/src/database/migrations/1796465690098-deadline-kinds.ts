import type { MigrationInterface, QueryRunner } from 'typeorm';

// Deadlines get a kind. The rows the server now derives are dropped from the stored calendar: the checkpoints'
// dates (from monitoring_checkpoint) and the key evaluations' deadline (from the rule set, which gains
// keyEvaluation.due, 20 July by default); the 20 July row stays as the disclosure check. Rows are recognised
// by the demo calendar's titles; any other row is kept as OTHER. `down` does not recreate the dropped rows.
export class DeadlineKinds1796465690098 implements MigrationInterface {
  name = 'DeadlineKinds1796465690098';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "calendar_deadline" ADD "kind" character varying(32) NOT NULL DEFAULT 'OTHER'`);
    await q.query(
      `ALTER TABLE "calendar_deadline" ADD CONSTRAINT "CHK_aad14dd44e030afb6537ec3832" CHECK ("kind" IN ('QUARTERLY_REPORT', 'SELF_EVALUATION', 'MEETING', 'DEPARTMENT_EVALUATION', 'CHECKPOINT', 'REPORTS_DUE', 'AUTHENTICITY', 'UNIT_WIDE_MONITORING', 'KEY_EVALUATION', 'DISCLOSURE_CHECK', 'SUMMARIES', 'DEBT_SUMMARIES', 'OTHER'))`,
    );
    await q.query(`DELETE FROM "calendar_deadline" WHERE "title_en" IN ('Checkpoint 1 (end of May)', 'Checkpoint 2 (end of August)',
      'May monitoring reports due', 'August monitoring reports due', 'Unit-wide monitoring')`);
    await q.query(`UPDATE "calendar_deadline" SET "kind" = CASE
        WHEN "title_en" LIKE 'Q_ report to the prefecture' THEN 'QUARTERLY_REPORT'
        WHEN "title_en" = 'Self-evaluations of last year’s projects' THEN 'SELF_EVALUATION'
        WHEN "title_en" = 'Prefecture performance meeting' THEN 'MEETING'
        WHEN "title_en" = 'Department evaluations and unit-wide self-evaluations' THEN 'DEPARTMENT_EVALUATION'
        WHEN "title_en" = 'Authenticity checks done' THEN 'AUTHENTICITY'
        WHEN "title_en" = 'Key evaluations done; disclosure check' THEN 'DISCLOSURE_CHECK'
        WHEN "title_en" = 'Fund-family summaries and the annual summary' THEN 'SUMMARIES'
        WHEN "title_en" = 'Debt and rural-fund summaries' THEN 'DEBT_SUMMARIES'
        ELSE 'OTHER' END`);
    await q.query(`UPDATE "calendar_deadline" SET "title_zh" = '信息公开检查', "title_en" = 'Disclosure check', "roles" = '["PERFORMANCE"]'
      WHERE "title_en" = 'Key evaluations done; disclosure check'`);
    await q.query(`UPDATE "rule_set" SET "rules" = jsonb_set("rules", '{keyEvaluation,due}', '{"month": 7, "day": 20}')
      WHERE NOT ("rules" -> 'keyEvaluation' ? 'due')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "rule_set" SET "rules" = "rules" #- '{keyEvaluation,due}'`);
    await q.query(`ALTER TABLE "calendar_deadline" DROP CONSTRAINT "CHK_aad14dd44e030afb6537ec3832"`);
    await q.query(`ALTER TABLE "calendar_deadline" DROP COLUMN "kind"`);
  }
}
