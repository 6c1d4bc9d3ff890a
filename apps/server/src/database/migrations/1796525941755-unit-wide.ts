import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitWide1796525941755 implements MigrationInterface {
  name = 'UnitWide1796525941755';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "unit_wide_target" ("id" SERIAL NOT NULL, "unit_id" integer NOT NULL, "year" smallint NOT NULL, "budget" numeric(16,2) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "self_score" numeric(5,2), "self_executed" numeric(16,2), "self_report" text NOT NULL DEFAULT '', "self_submitted_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_ed91684123f69afb94d22b47687" UNIQUE ("unit_id", "year"), CONSTRAINT "CHK_c55c9906186439b98599323689" CHECK ("self_executed" IS NULL OR "self_executed" >= 0), CONSTRAINT "CHK_22336778895fb432144072c788" CHECK ("self_score" IS NULL OR "self_score" BETWEEN 0 AND 100), CONSTRAINT "CHK_b77196705b3a7e6b6ff0a6d6ed" CHECK ("budget" >= 0), CONSTRAINT "CHK_4a5cda08b175797134d166b46b" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'FIRST_REVIEWED', 'RETURNED', 'APPROVED')), CONSTRAINT "PK_c96fc13c225c1a9bbbd3cf4118a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "unit_wide_indicator" ("id" SERIAL NOT NULL, "target_id" integer NOT NULL, "template_id" integer, "level1" character varying(16) NOT NULL, "level2" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "comparator" character varying(16) NOT NULL, "target_value" numeric(18,4), "target_text" character varying(200), "unit_of_measure" character varying(20) NOT NULL DEFAULT '', "weight" numeric(5,2) NOT NULL, "is_key" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_28a1eac0222d7f70ae943d4d68" CHECK ("comparator" = 'QUALITATIVE' OR "target_value" IS NOT NULL), CONSTRAINT "CHK_6dd697fa9db6ae5095c3d5e3b4" CHECK ("weight" BETWEEN 0 AND 100), CONSTRAINT "CHK_b8621274ab6a83aa3cbcfd9ac9" CHECK ("comparator" IN ('GE', 'LE', 'EQ', 'GT', 'LT', 'QUALITATIVE')), CONSTRAINT "CHK_b9edcfec63921880e24633aed1" CHECK ("level1" IN ('OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST')), CONSTRAINT "PK_fd2ad44a3e45be2bb42324656dd" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_652438968bb16defc1bd6de924" ON "unit_wide_indicator"  ("target_id") `);
    await q.query(
      `CREATE TABLE "unit_wide_report" ("id" SERIAL NOT NULL, "target_id" integer NOT NULL, "checkpoint_id" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'SUBMITTED', "budget" numeric(16,2) NOT NULL, "executed" numeric(16,2) NOT NULL, "actuals" jsonb NOT NULL DEFAULT '[]', "failed" boolean, "failure_reasons" jsonb NOT NULL DEFAULT '[]', "submitted_on" date NOT NULL, "confirmed_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_157b99286cc03952cf5f6a53ff0" UNIQUE ("target_id", "checkpoint_id"), CONSTRAINT "CHK_6998a0d52f694489e0502c73d8" CHECK ("budget" >= 0 AND "executed" >= 0), CONSTRAINT "CHK_ed28465b9a2e83a73f7273dcb9" CHECK ("status" IN ('SUBMITTED', 'CONFIRMED')), CONSTRAINT "PK_9b8a8ff062fbf0a21f776a90dbf" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "unit_wide_flag" ("id" SERIAL NOT NULL, "target_id" integer NOT NULL, "level" character varying(8) NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'OPEN', "raised_checkpoint_id" integer NOT NULL, "escalated_checkpoint_id" integer, "deadline" date NOT NULL, "closed_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_6ed8e0bda9b07f2d37fa045e8c" CHECK (("status" = 'CLOSED') = ("closed_on" IS NOT NULL)), CONSTRAINT "CHK_8a55f03573b067865ec1ccaf1d" CHECK ("status" IN ('OPEN', 'CLOSED')), CONSTRAINT "CHK_33f287a1bd76710f017e704943" CHECK ("level" IN ('YELLOW', 'RED')), CONSTRAINT "PK_3a2b60469e3337832f98a24f3a1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_df26ade666b768de6a46449e7b" ON "unit_wide_flag"  ("target_id") `);
    await q.query(
      `ALTER TABLE "unit_wide_target" ADD CONSTRAINT "FK_7ce9318af77fe4e5b3daf556469" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit_wide_indicator" ADD CONSTRAINT "FK_652438968bb16defc1bd6de9249" FOREIGN KEY ("target_id") REFERENCES "unit_wide_target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit_wide_indicator" ADD CONSTRAINT "FK_380e2cf026b77a82a89a154d1d2" FOREIGN KEY ("template_id") REFERENCES "indicator_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit_wide_report" ADD CONSTRAINT "FK_110545f5375faa314ebb78996e5" FOREIGN KEY ("target_id") REFERENCES "unit_wide_target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit_wide_report" ADD CONSTRAINT "FK_55b1059e9c6f92717e93c5b995f" FOREIGN KEY ("checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit_wide_flag" ADD CONSTRAINT "FK_df26ade666b768de6a46449e7b7" FOREIGN KEY ("target_id") REFERENCES "unit_wide_target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit_wide_flag" ADD CONSTRAINT "FK_2e951a486b4cda9a0ad235f066a" FOREIGN KEY ("raised_checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit_wide_flag" ADD CONSTRAINT "FK_d1c2aafcc7369ce272b8141f761" FOREIGN KEY ("escalated_checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "unit_wide_flag" DROP CONSTRAINT "FK_d1c2aafcc7369ce272b8141f761"`);
    await q.query(`ALTER TABLE "unit_wide_flag" DROP CONSTRAINT "FK_2e951a486b4cda9a0ad235f066a"`);
    await q.query(`ALTER TABLE "unit_wide_flag" DROP CONSTRAINT "FK_df26ade666b768de6a46449e7b7"`);
    await q.query(`ALTER TABLE "unit_wide_report" DROP CONSTRAINT "FK_55b1059e9c6f92717e93c5b995f"`);
    await q.query(`ALTER TABLE "unit_wide_report" DROP CONSTRAINT "FK_110545f5375faa314ebb78996e5"`);
    await q.query(`ALTER TABLE "unit_wide_indicator" DROP CONSTRAINT "FK_380e2cf026b77a82a89a154d1d2"`);
    await q.query(`ALTER TABLE "unit_wide_indicator" DROP CONSTRAINT "FK_652438968bb16defc1bd6de9249"`);
    await q.query(`ALTER TABLE "unit_wide_target" DROP CONSTRAINT "FK_7ce9318af77fe4e5b3daf556469"`);
    await q.query(`DROP INDEX "public"."IDX_df26ade666b768de6a46449e7b"`);
    await q.query(`DROP TABLE "unit_wide_flag"`);
    await q.query(`DROP TABLE "unit_wide_report"`);
    await q.query(`DROP INDEX "public"."IDX_652438968bb16defc1bd6de924"`);
    await q.query(`DROP TABLE "unit_wide_indicator"`);
    await q.query(`DROP TABLE "unit_wide_target"`);
  }
}
