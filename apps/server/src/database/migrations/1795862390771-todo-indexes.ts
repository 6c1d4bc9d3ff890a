import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TodoIndexes1795862390771 implements MigrationInterface {
  name = 'TodoIndexes1795862390771';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_113966fdf8125a0e49515c9909" ON "monitoring_report"  ("project_id") WHERE "status" IN ('SUBMITTED', 'REVIEWED')`,
    );
    await q.query(
      `CREATE INDEX "IDX_276e61c22fb55e4723c36d79b5" ON "evaluation"  ("unit_id") WHERE "status" = 'FINAL' AND "published_on" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_2426b5f2b0c0896b7c48d38077" ON "evaluation"  ("project_id") WHERE "status" = 'SUBMITTED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_2426b5f2b0c0896b7c48d38077"`);
    await q.query(`DROP INDEX "public"."IDX_276e61c22fb55e4723c36d79b5"`);
    await q.query(`DROP INDEX "public"."IDX_113966fdf8125a0e49515c9909"`);
  }
}
