import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A county's (or a prefecture's counties') rows of evaluation_summary by index, for `gradeDistribution`. */
export class EvaluationSummaryIndex1796530300000 implements MigrationInterface {
  name = 'EvaluationSummaryIndex1796530300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_evaluation_summary_region" ON "evaluation_summary" ("region_id", "year", "kind")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_evaluation_summary_region"`);
  }
}
