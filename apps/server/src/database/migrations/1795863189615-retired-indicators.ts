import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetiredIndicators1795863189615 implements MigrationInterface {
  name = 'RetiredIndicators1795863189615';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project_indicator" ADD "retired_on" date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project_indicator" DROP COLUMN "retired_on"`);
  }
}
