import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportAdminKinds1796523781468 implements MigrationInterface {
  name = 'ImportAdminKinds1796523781468';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "data_import" DROP CONSTRAINT "CHK_307f7a93059de417fd54f92a5f"`);
    await q.query(
      `ALTER TABLE "data_import" ADD CONSTRAINT "CHK_2af7df4ab7675830badac630e8" CHECK ("kind" IN ('PROJECTS', 'EXECUTION', 'UNITS', 'USERS', 'INDICATOR_LIBRARY'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "data_import" DROP CONSTRAINT "CHK_2af7df4ab7675830badac630e8"`);
    await q.query(
      `ALTER TABLE "data_import" ADD CONSTRAINT "CHK_307f7a93059de417fd54f92a5f" CHECK (((kind)::text = ANY ((ARRAY['PROJECTS'::character varying, 'EXECUTION'::character varying])::text[])))`,
    );
  }
}
