import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SelfEvaluationFundReview1796534510927 implements MigrationInterface {
  name = 'SelfEvaluationFundReview1796534510927';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fund_review" DROP CONSTRAINT "CHK_ac041a51506b0867a75ebd891b"`);
    await q.query(`ALTER TABLE "evaluation" ADD "fund_reviewed_on" date`);
    await q.query(`ALTER TABLE "evaluation" ADD "confirmed_on" date`);
    // Self-evaluations made before the performance section's confirmation existed stand as they were accepted.
    await q.query(
      `UPDATE "evaluation" SET "confirmed_on" = COALESCE("evaluated_on", current_date) WHERE "kind" = 'SELF' AND "status" = 'FINAL'`,
    );
    await q.query(`ALTER TABLE "fund_review" ADD "evaluation_id" integer`);
    await q.query(
      `ALTER TABLE "fund_review" ADD CONSTRAINT "CHK_8f55880a6579195132fc22609c" CHECK (("subject" = 'SELF_EVALUATION') = ("evaluation_id" IS NOT NULL))`,
    );
    await q.query(
      `ALTER TABLE "fund_review" ADD CONSTRAINT "CHK_1f431f5d71fe2277c94ab4eb75" CHECK ("subject" IN ('TARGETS', 'MONITORING_REPORT', 'SELF_EVALUATION'))`,
    );
    await q.query(
      `ALTER TABLE "fund_review" ADD CONSTRAINT "FK_aa939dccff655ac5fe65170f450" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fund_review" DROP CONSTRAINT "FK_aa939dccff655ac5fe65170f450"`);
    await q.query(`ALTER TABLE "fund_review" DROP CONSTRAINT "CHK_1f431f5d71fe2277c94ab4eb75"`);
    await q.query(`ALTER TABLE "fund_review" DROP CONSTRAINT "CHK_8f55880a6579195132fc22609c"`);
    await q.query(`ALTER TABLE "fund_review" DROP COLUMN "evaluation_id"`);
    await q.query(`ALTER TABLE "evaluation" DROP COLUMN "confirmed_on"`);
    await q.query(`ALTER TABLE "evaluation" DROP COLUMN "fund_reviewed_on"`);
    await q.query(
      `ALTER TABLE "fund_review" ADD CONSTRAINT "CHK_ac041a51506b0867a75ebd891b" CHECK (((subject)::text = ANY ((ARRAY['TARGETS'::character varying, 'MONITORING_REPORT'::character varying])::text[])))`,
    );
  }
}
