import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Workflow1795850366468 implements MigrationInterface {
  name = 'Workflow1795850366468';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "target_review" ADD "indicator_comments" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "monitoring_report" ADD "review_comment" text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE "evaluation" ADD "explanation" text NOT NULL DEFAULT ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "evaluation" DROP COLUMN "explanation"`);
    await q.query(`ALTER TABLE "monitoring_report" DROP COLUMN "review_comment"`);
    await q.query(`ALTER TABLE "target_review" DROP COLUMN "indicator_comments"`);
  }
}
