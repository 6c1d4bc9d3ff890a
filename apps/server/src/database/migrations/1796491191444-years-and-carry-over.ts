import type { MigrationInterface, QueryRunner } from 'typeorm';

export class YearsAndCarryOver1796491191444 implements MigrationInterface {
  name = 'YearsAndCarryOver1796491191444';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project" ADD "carried_over_from_id" integer`);
    await q.query(
      `ALTER TABLE "project" ADD CONSTRAINT "UQ_b7b8af941e6582a3c66a4f61e35" UNIQUE ("carried_over_from_id")`,
    );
    await q.query(`ALTER TABLE "project" ADD "budget_before_cuts" numeric(16,2)`);
    await q.query(`ALTER TABLE "monitoring_report" ADD "not_reported" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "result_application" ADD "applied_to_project_id" integer`);
    await q.query(`ALTER TABLE "result_application" ADD "applied_on" date`);
    await q.query(
      `CREATE INDEX "IDX_d433cd7f1f39d2bc6db82c627a" ON "result_application"  ("applied_to_project_id") WHERE "applied_to_project_id" IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_b7b8af941e6582a3c66a4f61e35" FOREIGN KEY ("carried_over_from_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "result_application" ADD CONSTRAINT "FK_a1b7c4e1650790761206b7804d4" FOREIGN KEY ("applied_to_project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "result_application" DROP CONSTRAINT "FK_a1b7c4e1650790761206b7804d4"`);
    await q.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_b7b8af941e6582a3c66a4f61e35"`);
    await q.query(`DROP INDEX "public"."IDX_d433cd7f1f39d2bc6db82c627a"`);
    await q.query(`ALTER TABLE "result_application" DROP COLUMN "applied_on"`);
    await q.query(`ALTER TABLE "result_application" DROP COLUMN "applied_to_project_id"`);
    await q.query(`ALTER TABLE "monitoring_report" DROP COLUMN "not_reported"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "budget_before_cuts"`);
    await q.query(`ALTER TABLE "project" DROP CONSTRAINT "UQ_b7b8af941e6582a3c66a4f61e35"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "carried_over_from_id"`);
  }
}
