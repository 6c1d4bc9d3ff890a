import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GovernmentEvaluations1796534539755 implements MigrationInterface {
  name = 'GovernmentEvaluations1796534539755';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "government_evaluation" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "by_region_id" integer NOT NULL, "year" smallint NOT NULL, "status" character varying(12) NOT NULL, "self_report" text NOT NULL DEFAULT '', "self_score" numeric(5,2), "score" numeric(5,2), "grade" character varying(16), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_3215a602567a149dee2e627580e" UNIQUE ("region_id", "year"), CONSTRAINT "CHK_10a12db7c778378805d323e7e6" CHECK (("status" = 'SCORED') = ("score" IS NOT NULL)), CONSTRAINT "CHK_98ae18c3ac330857b1b13b0e84" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 100), CONSTRAINT "CHK_77bbbb76eb8723a7fc383cc7e0" CHECK ("self_score" IS NULL OR "self_score" BETWEEN 0 AND 100), CONSTRAINT "CHK_d55b96f65e543882e0ba715186" CHECK ("grade" IS NULL OR "grade" IN ('EXCELLENT', 'GOOD', 'MEDIUM', 'POOR')), CONSTRAINT "CHK_3d5701bc9c440b17cc39fc8908" CHECK ("status" IN ('SELECTED', 'SUBMITTED', 'RETURNED', 'SCORED')), CONSTRAINT "PK_3eb1fc893a024d1204703be21a0" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_c0cddf2214b386bcd7502b3e84" ON "government_evaluation"  ("by_region_id", "year") `,
    );
    await q.query(
      `CREATE TABLE "government_evaluation_event" ("id" SERIAL NOT NULL, "evaluation_id" integer NOT NULL, "kind" character varying(12) NOT NULL, "text" text NOT NULL DEFAULT '', "score" numeric(5,2), "user_id" integer, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_f3bbc71fa3b12b0d15fdbbf301" CHECK ("kind" IN ('SELECTED', 'SUBMITTED', 'RETURNED', 'SCORED')), CONSTRAINT "PK_9dc5ff7f334983a5d04b0ac602e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_d3c365c50a2279934266b4df0b" ON "government_evaluation_event"  ("evaluation_id") `);
    await q.query(
      `ALTER TABLE "government_evaluation" ADD CONSTRAINT "FK_b9acb26988510bd9a30951f7dd2" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "government_evaluation" ADD CONSTRAINT "FK_4eff35c96a62f9b0282b131e93a" FOREIGN KEY ("by_region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "government_evaluation_event" ADD CONSTRAINT "FK_d3c365c50a2279934266b4df0bc" FOREIGN KEY ("evaluation_id") REFERENCES "government_evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "government_evaluation_event" DROP CONSTRAINT "FK_d3c365c50a2279934266b4df0bc"`);
    await q.query(`ALTER TABLE "government_evaluation" DROP CONSTRAINT "FK_4eff35c96a62f9b0282b131e93a"`);
    await q.query(`ALTER TABLE "government_evaluation" DROP CONSTRAINT "FK_b9acb26988510bd9a30951f7dd2"`);
    await q.query(`DROP INDEX "public"."IDX_d3c365c50a2279934266b4df0b"`);
    await q.query(`DROP TABLE "government_evaluation_event"`);
    await q.query(`DROP INDEX "public"."IDX_c0cddf2214b386bcd7502b3e84"`);
    await q.query(`DROP TABLE "government_evaluation"`);
  }
}
