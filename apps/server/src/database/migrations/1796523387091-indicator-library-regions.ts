import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 11 §2: each region's indicator library, and an optimistic version on its templates.
export class IndicatorLibraryRegions1796523387091 implements MigrationInterface {
  name = 'IndicatorLibraryRegions1796523387091';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_8f1e6cd86a15ed3e27fbb6359a"`);
    await q.query(`ALTER TABLE "indicator_template" ADD "region_id" integer`);
    await q.query(`ALTER TABLE "indicator_template" ADD "version" integer NOT NULL DEFAULT '1'`);
    // The library so far was one for everyone: it becomes the library of the root region (the province),
    // which every region below uses. With several roots (or none) it stays national (region_id NULL).
    await q.query(
      `UPDATE "indicator_template" SET "region_id" = (SELECT r.id FROM "region" r WHERE r.parent_id IS NULL)
        WHERE (SELECT count(*) FROM "region" r WHERE r.parent_id IS NULL) = 1`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_52e2320c57f839e99bb6b58556" ON "indicator_template"  ("region_id", "code", "from_year") `,
    );
    await q.query(
      `ALTER TABLE "indicator_template" ADD CONSTRAINT "FK_f812d9cd5c620ca76440653ed14" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "indicator_template" DROP CONSTRAINT "FK_f812d9cd5c620ca76440653ed14"`);
    await q.query(`DROP INDEX "public"."IDX_52e2320c57f839e99bb6b58556"`);
    await q.query(`ALTER TABLE "indicator_template" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "indicator_template" DROP COLUMN "region_id"`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_8f1e6cd86a15ed3e27fbb6359a" ON "indicator_template" USING btree ("code", "from_year") `,
    );
  }
}
