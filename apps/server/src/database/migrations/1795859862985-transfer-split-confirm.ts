import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TransferSplitConfirm1795859862985 implements MigrationInterface {
  name = 'TransferSplitConfirm1795859862985';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "transfer_payment" ADD "split_confirmed_on" date`);
    await q.query(`ALTER TABLE "transfer_payment" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "transfer_payment" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "transfer_payment" DROP COLUMN "split_confirmed_on"`);
  }
}
