import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScaleIndexes1795853974240 implements MigrationInterface {
  name = 'ScaleIndexes1795853974240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_4b81bcc9f225983817d6cdc95c"`);
    await q.query(`CREATE INDEX "IDX_674f97d6dcdb370628c8c97e19" ON "project"  ("budget", "id") `);
    await q.query(`CREATE INDEX "IDX_8e45e471a8be58aa57dbb4fbf7" ON "project"  ("code", "id") `);
    await q.query(
      `CREATE INDEX "IDX_15c16ae095ced94b7b425663e4" ON "monitoring_report"  ("project_id", "checkpoint_id", "status", "budget", "executed") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_15c16ae095ced94b7b425663e4"`);
    await q.query(`DROP INDEX "public"."IDX_8e45e471a8be58aa57dbb4fbf7"`);
    await q.query(`DROP INDEX "public"."IDX_674f97d6dcdb370628c8c97e19"`);
    await q.query(`CREATE INDEX "IDX_4b81bcc9f225983817d6cdc95c" ON "monitoring_report" USING btree ("project_id") `);
  }
}
