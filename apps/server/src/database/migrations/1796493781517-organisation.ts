import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisation1796493781517 implements MigrationInterface {
  name = 'Organisation1796493781517';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "region" ADD "bureau_name" character varying(100)`);
    await q.query(`ALTER TABLE "region" ADD "version" integer NOT NULL DEFAULT '1'`);
    await q.query(`ALTER TABLE "section" ADD "version" integer NOT NULL DEFAULT '1'`);
    await q.query(`ALTER TABLE "unit" ADD "active" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "unit" ADD "version" integer NOT NULL DEFAULT '1'`);
    await q.query(`ALTER TABLE "agency" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "agency" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "unit" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "unit" DROP COLUMN "active"`);
    await q.query(`ALTER TABLE "section" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "region" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "region" DROP COLUMN "bureau_name"`);
  }
}
