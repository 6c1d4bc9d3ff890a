import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorLibraryYears1796494973844 implements MigrationInterface {
  name = 'IndicatorLibraryYears1796494973844';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "indicator_template" ADD "from_year" smallint NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "indicator_template" ADD "retired_from" smallint`);
    await q.query(`ALTER TABLE "indicator_template" DROP CONSTRAINT "UQ_a3ff287f8339105bae30a897dee"`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_8f1e6cd86a15ed3e27fbb6359a" ON "indicator_template"  ("code", "from_year") `,
    );
    await q.query(
      `ALTER TABLE "indicator_template" ADD CONSTRAINT "CHK_40ec7fca86784ca9109ad4f1a2" CHECK ("retired_from" IS NULL OR "retired_from" >= "from_year")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "indicator_template" DROP CONSTRAINT "CHK_40ec7fca86784ca9109ad4f1a2"`);
    await q.query(`DROP INDEX "public"."IDX_8f1e6cd86a15ed3e27fbb6359a"`);
    await q.query(`ALTER TABLE "indicator_template" ADD CONSTRAINT "UQ_a3ff287f8339105bae30a897dee" UNIQUE ("code")`);
    await q.query(`ALTER TABLE "indicator_template" DROP COLUMN "retired_from"`);
    await q.query(`ALTER TABLE "indicator_template" DROP COLUMN "from_year"`);
  }
}
