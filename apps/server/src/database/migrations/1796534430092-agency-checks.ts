import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgencyChecks1796534430092 implements MigrationInterface {
  name = 'AgencyChecks1796534430092';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "agency_check" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "agency_id" integer NOT NULL, "year" smallint NOT NULL, "kind" character varying(12) NOT NULL, "lead_source" text NOT NULL DEFAULT '', "evaluation_id" integer, "ex_ante_assessment_id" integer, "unit_id" integer NOT NULL, "draw_seed" character varying(100), "draw_pool" integer, "status" character varying(12) NOT NULL DEFAULT 'OPEN', "outcome" character varying(16), "findings" text NOT NULL DEFAULT '', "deduction" numeric(5,2) NOT NULL DEFAULT '0', "opened_on" date NOT NULL, "concluded_on" date, "recorded_by_user_id" integer, "concluded_by_user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_18c4a0c704edc5de60265a0226" CHECK ("kind" = 'RANDOM' OR length("lead_source") > 0), CONSTRAINT "CHK_946fb6873273ea4d26baf6a6e6" CHECK (("kind" = 'RANDOM') = ("draw_seed" IS NOT NULL)), CONSTRAINT "CHK_1fb1c7a959e1d77053b457ccad" CHECK ("deduction" BETWEEN 0 AND 100 AND ("outcome" = 'ISSUES_FOUND' OR "deduction" = 0)), CONSTRAINT "CHK_0126f8ac40391339e6af744cce" CHECK (("status" = 'CONCLUDED') = ("outcome" IS NOT NULL)), CONSTRAINT "CHK_96bb9cfe1e4f6b5ad138ba23b5" CHECK (("evaluation_id" IS NULL) <> ("ex_ante_assessment_id" IS NULL)), CONSTRAINT "CHK_843eca568b823309fbc4de132a" CHECK ("outcome" IS NULL OR "outcome" IN ('PASSED', 'ISSUES_FOUND')), CONSTRAINT "CHK_daffb184c0787c44b551447c98" CHECK ("status" IN ('OPEN', 'CONCLUDED')), CONSTRAINT "CHK_6b65a46a2f64a8bc875f3044fd" CHECK ("kind" IN ('TARGETED', 'RANDOM')), CONSTRAINT "PK_347110619b21ccb69a49aba4151" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_2276dd49c5ee543afd46c1583e" ON "agency_check"  ("ex_ante_assessment_id") WHERE "status" = 'OPEN' AND "ex_ante_assessment_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_cd762f95af7fcaa3c72dcf5539" ON "agency_check"  ("evaluation_id") WHERE "status" = 'OPEN' AND "evaluation_id" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_60245b2c133da9d849612e2b51" ON "agency_check"  ("agency_id", "year") `);
    await q.query(`CREATE INDEX "IDX_77c916bb651d6181c48c49a614" ON "agency_check"  ("region_id", "year") `);
    await q.query(`ALTER TABLE "agency_rating" ADD "checks" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "agency_rating" ADD "check_deduction" numeric(8,2) NOT NULL DEFAULT '0'`);
    await q.query(
      `ALTER TABLE "agency_check" ADD CONSTRAINT "FK_12172fef8d30551a9d509168ee8" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agency_check" ADD CONSTRAINT "FK_0d3555a1c94e328d8ec37740958" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agency_check" ADD CONSTRAINT "FK_8a61f719bfd6ff351cd025c41a7" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agency_check" ADD CONSTRAINT "FK_ea25a364633dc85d97465954b2f" FOREIGN KEY ("ex_ante_assessment_id") REFERENCES "ex_ante_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agency_check" ADD CONSTRAINT "FK_7c5f4da7458fb296a07f3ae1861" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "agency_check" DROP CONSTRAINT "FK_7c5f4da7458fb296a07f3ae1861"`);
    await q.query(`ALTER TABLE "agency_check" DROP CONSTRAINT "FK_ea25a364633dc85d97465954b2f"`);
    await q.query(`ALTER TABLE "agency_check" DROP CONSTRAINT "FK_8a61f719bfd6ff351cd025c41a7"`);
    await q.query(`ALTER TABLE "agency_check" DROP CONSTRAINT "FK_0d3555a1c94e328d8ec37740958"`);
    await q.query(`ALTER TABLE "agency_check" DROP CONSTRAINT "FK_12172fef8d30551a9d509168ee8"`);
    await q.query(`ALTER TABLE "agency_rating" DROP COLUMN "check_deduction"`);
    await q.query(`ALTER TABLE "agency_rating" DROP COLUMN "checks"`);
    await q.query(`DROP INDEX "public"."IDX_77c916bb651d6181c48c49a614"`);
    await q.query(`DROP INDEX "public"."IDX_60245b2c133da9d849612e2b51"`);
    await q.query(`DROP INDEX "public"."IDX_cd762f95af7fcaa3c72dcf5539"`);
    await q.query(`DROP INDEX "public"."IDX_2276dd49c5ee543afd46c1583e"`);
    await q.query(`DROP TABLE "agency_check"`);
  }
}
