import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A region's English name (尉犁县 → Yuli County), shown in the English dashboard; null where none is known. */
export class RegionEnglishNames1796535269682 implements MigrationInterface {
  name = 'RegionEnglishNames1796535269682';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "region" ADD "name_en" character varying(100)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "region" DROP COLUMN "name_en"`);
  }
}
