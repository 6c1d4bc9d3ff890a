import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationVersions1796523836364 implements MigrationInterface {
  name = 'EvaluationVersions1796523836364';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "evaluation_version" ("id" SERIAL NOT NULL, "evaluation_id" integer NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL, "budget" numeric(16,2) NOT NULL, "executed" numeric(16,2) NOT NULL, "output_completion" numeric(5,2), "benefit_completion" numeric(5,2), "satisfaction_completion" numeric(5,2), "score" numeric(5,2), "uncapped_grade" character varying(16), "grade" character varying(16), "caps" jsonb NOT NULL DEFAULT '[]', "audit_findings" boolean NOT NULL DEFAULT false, "major_misuse" boolean NOT NULL DEFAULT false, "failed_checkpoints_unrectified" smallint NOT NULL DEFAULT '0', "explanation" text NOT NULL DEFAULT '', "evaluated_on" date, "superseded_on" date NOT NULL, CONSTRAINT "CHK_972041349cabd0cc38cce45b72" CHECK ("uncapped_grade" IS NULL OR "uncapped_grade" IN ('EXCELLENT', 'GOOD', 'MEDIUM', 'POOR')), CONSTRAINT "CHK_1fbc6a1dc423d3356240bd2b4d" CHECK ("grade" IS NULL OR "grade" IN ('EXCELLENT', 'GOOD', 'MEDIUM', 'POOR')), CONSTRAINT "CHK_e8da995ed8a0fd42f1863d9dfe" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'FINAL')), CONSTRAINT "PK_2cd40c9c20986d6db493dd56ba2" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_17b2c5c929bfc941bdfb30e8ef" ON "evaluation_version"  ("evaluation_id", "version") `,
    );
    await q.query(
      `ALTER TABLE "evaluation_version" ADD CONSTRAINT "FK_4d3d14862b5066a929800ce1267" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "evaluation_version" DROP CONSTRAINT "FK_4d3d14862b5066a929800ce1267"`);
    await q.query(`DROP INDEX "public"."IDX_17b2c5c929bfc941bdfb30e8ef"`);
    await q.query(`DROP TABLE "evaluation_version"`);
  }
}
