import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14 §3: an agency an administrator has cleared for classified work (涉密资质). */
export class AgencyClassifiedClearance1796500000000 implements MigrationInterface {
  name = 'AgencyClassifiedClearance1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "agency" ADD "cleared_for_classified" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "agency" DROP COLUMN "cleared_for_classified"`);
  }
}
