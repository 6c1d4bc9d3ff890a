import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GovernmentEvaluationWithdraw1796587397616 implements MigrationInterface {
  name = 'GovernmentEvaluationWithdraw1796587397616';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "government_evaluation" DROP CONSTRAINT "CHK_3d5701bc9c440b17cc39fc8908"`);
    await q.query(`ALTER TABLE "government_evaluation_event" DROP CONSTRAINT "CHK_f3bbc71fa3b12b0d15fdbbf301"`);
    await q.query(
      `ALTER TABLE "government_evaluation" ADD CONSTRAINT "CHK_ff6fe58e45fdab4ca537686f90" CHECK ("status" IN ('SELECTED', 'SUBMITTED', 'RETURNED', 'SCORED', 'WITHDRAWN'))`,
    );
    await q.query(
      `ALTER TABLE "government_evaluation_event" ADD CONSTRAINT "CHK_bb397c8f004d484bf461d798de" CHECK ("kind" IN ('SELECTED', 'SUBMITTED', 'RETURNED', 'SCORED', 'WITHDRAWN'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "government_evaluation_event" DROP CONSTRAINT "CHK_bb397c8f004d484bf461d798de"`);
    await q.query(`ALTER TABLE "government_evaluation" DROP CONSTRAINT "CHK_ff6fe58e45fdab4ca537686f90"`);
    await q.query(
      `ALTER TABLE "government_evaluation_event" ADD CONSTRAINT "CHK_f3bbc71fa3b12b0d15fdbbf301" CHECK (((kind)::text = ANY ((ARRAY['SELECTED'::character varying, 'SUBMITTED'::character varying, 'RETURNED'::character varying, 'SCORED'::character varying])::text[])))`,
    );
    await q.query(
      `ALTER TABLE "government_evaluation" ADD CONSTRAINT "CHK_3d5701bc9c440b17cc39fc8908" CHECK (((status)::text = ANY ((ARRAY['SELECTED'::character varying, 'SUBMITTED'::character varying, 'RETURNED'::character varying, 'SCORED'::character varying])::text[])))`,
    );
  }
}
