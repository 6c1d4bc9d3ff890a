import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FundRecalls1796495267214 implements MigrationInterface {
  name = 'FundRecalls1796495267214';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "fund_recall" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "reason" character varying(24) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'PROPOSED', "proposed_amount" numeric(16,2) NOT NULL, "decided_amount" numeric(16,2), "proposal_note" text NOT NULL DEFAULT '', "decision_note" text NOT NULL DEFAULT '', "proposed_on" date NOT NULL, "decided_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_5ecd0727640f50e08c88f6c34f" CHECK ("proposed_amount" > 0 AND ("decided_amount" IS NULL OR "decided_amount" >= 0)), CONSTRAINT "CHK_a48b1bd4bc29ba693437a3eb9c" CHECK ("status" IN ('PROPOSED', 'DECIDED', 'REJECTED')), CONSTRAINT "CHK_f71241ff40a3d970c64dae63da" CHECK ("reason" IN ('AUTHENTICITY_VETO', 'IDLE_FUNDS')), CONSTRAINT "PK_cd9267e874e67efd83389eabceb" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_7c156f4fe6db2151d25fcfb1d3" ON "fund_recall"  ("project_id") `);
    await q.query(
      `ALTER TABLE "fund_recall" ADD CONSTRAINT "FK_7c156f4fe6db2151d25fcfb1d30" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fund_recall" DROP CONSTRAINT "FK_7c156f4fe6db2151d25fcfb1d30"`);
    await q.query(`DROP INDEX "public"."IDX_7c156f4fe6db2151d25fcfb1d3"`);
    await q.query(`DROP TABLE "fund_recall"`);
  }
}
