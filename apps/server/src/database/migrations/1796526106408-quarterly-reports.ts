import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 13 §3: the quarterly report upward (季度工作情况上报) and its kept steps (submissions, returns, receipts). */
export class QuarterlyReports1796526106408 implements MigrationInterface {
  name = 'QuarterlyReports1796526106408';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "quarterly_report" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "to_region_id" integer NOT NULL, "year" smallint NOT NULL, "quarter" smallint NOT NULL, "status" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_7134e6aecc08629fb0f1a4849b0" UNIQUE ("region_id", "year", "quarter"), CONSTRAINT "CHK_b253b7d77c572fbc3fb061b990" CHECK ("quarter" BETWEEN 1 AND 4), CONSTRAINT "CHK_b7d440b672f37fca809d5c7b02" CHECK ("status" IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')), CONSTRAINT "PK_364373d9b85854b0da9f5414c8e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_47cdbab45b17f5bd93831befb9" ON "quarterly_report"  ("to_region_id", "status") `);
    await q.query(
      `CREATE TABLE "quarterly_report_event" ("id" SERIAL NOT NULL, "report_id" integer NOT NULL, "kind" character varying(12) NOT NULL, "text" text NOT NULL DEFAULT '', "figures" jsonb, "user_id" integer, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_3807114facc7628f36d236be7e" CHECK ("kind" IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')), CONSTRAINT "PK_95a9088ecbca7743e4b10626784" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_c61541813123394ff97c4fc4ac" ON "quarterly_report_event"  ("report_id") `);
    await q.query(
      `ALTER TABLE "quarterly_report" ADD CONSTRAINT "FK_204184294b8e3c242638454cdee" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "quarterly_report" ADD CONSTRAINT "FK_bff62bc59a0807534dc1f6f3b1d" FOREIGN KEY ("to_region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "quarterly_report_event" ADD CONSTRAINT "FK_c61541813123394ff97c4fc4aca" FOREIGN KEY ("report_id") REFERENCES "quarterly_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "quarterly_report_event" DROP CONSTRAINT "FK_c61541813123394ff97c4fc4aca"`);
    await q.query(`ALTER TABLE "quarterly_report" DROP CONSTRAINT "FK_bff62bc59a0807534dc1f6f3b1d"`);
    await q.query(`ALTER TABLE "quarterly_report" DROP CONSTRAINT "FK_204184294b8e3c242638454cdee"`);
    await q.query(`DROP INDEX "public"."IDX_c61541813123394ff97c4fc4ac"`);
    await q.query(`DROP TABLE "quarterly_report_event"`);
    await q.query(`DROP INDEX "public"."IDX_47cdbab45b17f5bd93831befb9"`);
    await q.query(`DROP TABLE "quarterly_report"`);
  }
}
