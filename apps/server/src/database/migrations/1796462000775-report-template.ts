import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportTemplate1796462000775 implements MigrationInterface {
  name = 'ReportTemplate1796462000775';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "report_template" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "sections" jsonb NOT NULL, "updated_by_user_id" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_d2952f5126d6e487e73ec6ae6a3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_7a65c0375f83f7bd222380ff2b" ON "report_template"  ("region_id") `);
    await q.query(
      `ALTER TABLE "report_template" ADD CONSTRAINT "FK_7a65c0375f83f7bd222380ff2b0" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "report_template" DROP CONSTRAINT "FK_7a65c0375f83f7bd222380ff2b0"`);
    await q.query(`DROP INDEX "public"."IDX_7a65c0375f83f7bd222380ff2b"`);
    await q.query(`DROP TABLE "report_template"`);
  }
}
