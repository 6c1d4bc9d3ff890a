import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FundSectionReview1796526097967 implements MigrationInterface {
  name = 'FundSectionReview1796526097967';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "fund_review" ("id" SERIAL NOT NULL, "subject" character varying(24) NOT NULL, "project_id" integer NOT NULL, "report_id" integer, "section_id" integer NOT NULL, "outcome" character varying(16) NOT NULL, "comment" text NOT NULL DEFAULT '', "reviewer_user_id" integer, "reviewed_on" date NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_b96df3bb0011c51e8c8ed4ee65" CHECK (("subject" = 'MONITORING_REPORT') = ("report_id" IS NOT NULL)), CONSTRAINT "CHK_d1483d07590531850e268ba411" CHECK ("outcome" IN ('APPROVED', 'RETURNED')), CONSTRAINT "CHK_ac041a51506b0867a75ebd891b" CHECK ("subject" IN ('TARGETS', 'MONITORING_REPORT')), CONSTRAINT "PK_804bab0721ea89f00a3d57178a8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_c6e0752b78b21c61f015215b6f" ON "fund_review"  ("project_id") `);
    await q.query(
      `CREATE TABLE "fund_family_summary" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "year" smallint NOT NULL, "fund_family" character varying(32) NOT NULL, "section_id" integer NOT NULL, "figures" jsonb NOT NULL, "text" text NOT NULL DEFAULT '', "sent_on" date NOT NULL, "sent_by_user_id" integer, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_1d29122114b091cf99ff9db16e" CHECK ("fund_family" IN ('GENERAL_PUBLIC', 'GOVERNMENT_FUND', 'STATE_CAPITAL', 'SOCIAL_INSURANCE', 'SPECIAL_BOND', 'RURAL_REVITALIZATION', 'TRANSFER_PAYMENT')), CONSTRAINT "PK_a45b70c58265015b25e7bc8da2d" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_a3af5d271409e85ab3956aa781" ON "fund_family_summary"  ("region_id", "year", "fund_family") `,
    );
    await q.query(`ALTER TABLE "project" ADD "targets_fund_reviewed_on" date`);
    await q.query(`ALTER TABLE "monitoring_report" ADD "fund_reviewed_on" date`);
    await q.query(
      `ALTER TABLE "fund_review" ADD CONSTRAINT "FK_c6e0752b78b21c61f015215b6f8" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "fund_review" ADD CONSTRAINT "FK_b5f7e891a12e98503b16d216274" FOREIGN KEY ("report_id") REFERENCES "monitoring_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "fund_review" ADD CONSTRAINT "FK_2c8982d5120bf3f25ba25e1684a" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "fund_family_summary" ADD CONSTRAINT "FK_1cb80382b12ba6c1b0dabcef05d" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "fund_family_summary" ADD CONSTRAINT "FK_5c5f92d5fa8b3c809f49c732735" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fund_family_summary" DROP CONSTRAINT "FK_5c5f92d5fa8b3c809f49c732735"`);
    await q.query(`ALTER TABLE "fund_family_summary" DROP CONSTRAINT "FK_1cb80382b12ba6c1b0dabcef05d"`);
    await q.query(`ALTER TABLE "fund_review" DROP CONSTRAINT "FK_2c8982d5120bf3f25ba25e1684a"`);
    await q.query(`ALTER TABLE "fund_review" DROP CONSTRAINT "FK_b5f7e891a12e98503b16d216274"`);
    await q.query(`ALTER TABLE "fund_review" DROP CONSTRAINT "FK_c6e0752b78b21c61f015215b6f8"`);
    await q.query(`ALTER TABLE "monitoring_report" DROP COLUMN "fund_reviewed_on"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "targets_fund_reviewed_on"`);
    await q.query(`DROP INDEX "public"."IDX_a3af5d271409e85ab3956aa781"`);
    await q.query(`DROP TABLE "fund_family_summary"`);
    await q.query(`DROP INDEX "public"."IDX_c6e0752b78b21c61f015215b6f"`);
    await q.query(`DROP TABLE "fund_review"`);
  }
}
