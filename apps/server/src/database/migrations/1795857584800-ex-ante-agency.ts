import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExAnteAgency1795857584800 implements MigrationInterface {
  name = 'ExAnteAgency1795857584800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ex_ante_assessment" DROP CONSTRAINT "CHK_3e1afbdd999122255dcc934b0a"`);
    await q.query(`ALTER TABLE "ex_ante_assessment" ADD "agency_opinion" text`);
    await q.query(`ALTER TABLE "ex_ante_assessment" ADD "agency_sent_on" date`);
    await q.query(`ALTER TABLE "ex_ante_assessment" ADD "agency_reviewed_on" date`);
    await q.query(
      `ALTER TABLE "ex_ante_assessment" ADD CONSTRAINT "CHK_dd3b0847b38a4a47e93f175c3d" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'FIRST_REVIEWED', 'AGENCY_REVIEW', 'AGENCY_REVIEWED', 'CONCLUDED'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ex_ante_assessment" DROP CONSTRAINT "CHK_dd3b0847b38a4a47e93f175c3d"`);
    await q.query(`ALTER TABLE "ex_ante_assessment" DROP COLUMN "agency_reviewed_on"`);
    await q.query(`ALTER TABLE "ex_ante_assessment" DROP COLUMN "agency_sent_on"`);
    await q.query(`ALTER TABLE "ex_ante_assessment" DROP COLUMN "agency_opinion"`);
    await q.query(
      `ALTER TABLE "ex_ante_assessment" ADD CONSTRAINT "CHK_3e1afbdd999122255dcc934b0a" CHECK (((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'SUBMITTED'::character varying, 'FIRST_REVIEWED'::character varying, 'CONCLUDED'::character varying])::text[])))`,
    );
  }
}
