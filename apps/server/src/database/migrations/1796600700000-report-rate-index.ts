import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cockpit's projects furthest behind (`executionLagRanking(by: PROJECT)`): at one checkpoint the share of the
 * year elapsed is one number, so its reports ranked by lag are its reports ranked by execution rate. This index
 * keeps each checkpoint's reports (not drafts, a budget to rate) in the ranking's order, so the first rows of
 * every checkpoint are read and merged instead of grouping and sorting a province's 900,000 reports (~4 s).
 * The second counts the reports with no budget (not ranked), usually none.
 */
export class ReportRateIndex1796600700000 implements MigrationInterface {
  name = 'ReportRateIndex1796600700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_monitoring_report_rate" ON "monitoring_report"
         ("checkpoint_id", ("executed" / "budget"), "budget" DESC, "project_id")
       WHERE "status" <> 'DRAFT' AND "budget" > 0`,
    );
    await q.query(
      `CREATE INDEX "IDX_monitoring_report_no_budget" ON "monitoring_report" ("checkpoint_id")
       WHERE "status" <> 'DRAFT' AND "budget" = 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_monitoring_report_no_budget"`);
    await q.query(`DROP INDEX "IDX_monitoring_report_rate"`);
  }
}
