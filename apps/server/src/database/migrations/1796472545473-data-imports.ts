import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataImports1796472545473 implements MigrationInterface {
  name = 'DataImports1796472545473';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "import_file" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "user_id" integer NOT NULL, "name" character varying(255) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c45e43598e6cde5b5934cfca7c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_04942c4e2e7b766cd05bf2244c" ON "import_file"  ("user_id", "created_at") `);
    await q.query(
      `CREATE TABLE "data_import" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "file_id" integer NOT NULL, "file_name" character varying(255) NOT NULL, "kind" character varying(20) NOT NULL, "year" smallint NOT NULL, "status" character varying(16) NOT NULL, "sheet" character varying(255) NOT NULL DEFAULT '', "mapping" jsonb NOT NULL DEFAULT '{}', "headings" jsonb NOT NULL DEFAULT '[]', "missing_fields" jsonb NOT NULL DEFAULT '[]', "rows_read" integer NOT NULL DEFAULT '0', "rows_total" integer NOT NULL DEFAULT '0', "new_count" integer NOT NULL DEFAULT '0', "changed_count" integer NOT NULL DEFAULT '0', "unchanged_count" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "warning_count" integer NOT NULL DEFAULT '0', "failure" text, "created_by" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "committed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_1a3358e5409ecf279032142f82" CHECK ("status" IN ('NEEDS_MAPPING', 'READING', 'PREVIEWED', 'FAILED', 'COMMITTED')), CONSTRAINT "CHK_307f7a93059de417fd54f92a5f" CHECK ("kind" IN ('PROJECTS', 'EXECUTION')), CONSTRAINT "PK_755c3a88694c220eb49d8baccf1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_1ed8bd78ac5e3aa80d636c38e7" ON "data_import"  ("region_id", "created_at") `);
    await q.query(
      `CREATE TABLE "data_import_row" ("import_id" integer NOT NULL, "line" integer NOT NULL, "key" character varying(80) NOT NULL, "unit_id" integer, "target_id" integer, "data" jsonb NOT NULL, "refs" jsonb NOT NULL DEFAULT '{}', "parse_errors" jsonb NOT NULL DEFAULT '[]', "errors" jsonb NOT NULL DEFAULT '[]', "warnings" jsonb NOT NULL DEFAULT '[]', "status" character varying(10), "changes" jsonb, CONSTRAINT "CHK_088b81f64fe25581d8d1744435" CHECK ("status" IS NULL OR "status" IN ('NEW', 'CHANGED', 'UNCHANGED', 'ERROR')), CONSTRAINT "PK_87e53af10cc9c95dc8b66373b4b" PRIMARY KEY ("import_id", "line"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_0024eb18b12dbb265ad98fcbef" ON "data_import_row"  ("import_id", "status", "line") `,
    );
    await q.query(`CREATE INDEX "IDX_0818664d59d92d667838a04903" ON "data_import_row"  ("import_id", "key") `);
    await q.query(
      `CREATE TABLE "treasury_payment" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "month" smallint NOT NULL, "amount" numeric(16,2) NOT NULL, "import_id" integer, CONSTRAINT "CHK_d111db45ee1258fc5153f65575" CHECK ("amount" >= 0), CONSTRAINT "CHK_073f2b0735ed6594c84aa56e00" CHECK ("month" BETWEEN 1 AND 12), CONSTRAINT "PK_502a25518ac655d026736c57ac2" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_88341cc0f450959562af5515b5" ON "treasury_payment"  ("project_id", "month") `,
    );
    await q.query(`ALTER TABLE "project" ADD "is_specialised" boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE "import_file" ADD CONSTRAINT "FK_bc370f1dd09623e8d49f4837c6a" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "import_file" ADD CONSTRAINT "FK_f62bc4020b040d5c35e56128d0e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "data_import" ADD CONSTRAINT "FK_d46436f32390bcd9a4c0936255d" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "data_import" ADD CONSTRAINT "FK_ff21b2757a39bb17336c2237758" FOREIGN KEY ("file_id") REFERENCES "import_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "data_import" ADD CONSTRAINT "FK_63ba53cc0e3d399b1950dc7a76d" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "data_import_row" ADD CONSTRAINT "FK_5d28565f72e8b2e7cf4aaf3ecd1" FOREIGN KEY ("import_id") REFERENCES "data_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "treasury_payment" ADD CONSTRAINT "FK_5ec5c41b2009dc8f9feaa0c6750" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "treasury_payment" DROP CONSTRAINT "FK_5ec5c41b2009dc8f9feaa0c6750"`);
    await q.query(`ALTER TABLE "data_import_row" DROP CONSTRAINT "FK_5d28565f72e8b2e7cf4aaf3ecd1"`);
    await q.query(`ALTER TABLE "data_import" DROP CONSTRAINT "FK_63ba53cc0e3d399b1950dc7a76d"`);
    await q.query(`ALTER TABLE "data_import" DROP CONSTRAINT "FK_ff21b2757a39bb17336c2237758"`);
    await q.query(`ALTER TABLE "data_import" DROP CONSTRAINT "FK_d46436f32390bcd9a4c0936255d"`);
    await q.query(`ALTER TABLE "import_file" DROP CONSTRAINT "FK_f62bc4020b040d5c35e56128d0e"`);
    await q.query(`ALTER TABLE "import_file" DROP CONSTRAINT "FK_bc370f1dd09623e8d49f4837c6a"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "is_specialised"`);
    await q.query(`DROP INDEX "public"."IDX_88341cc0f450959562af5515b5"`);
    await q.query(`DROP TABLE "treasury_payment"`);
    await q.query(`DROP INDEX "public"."IDX_0818664d59d92d667838a04903"`);
    await q.query(`DROP INDEX "public"."IDX_0024eb18b12dbb265ad98fcbef"`);
    await q.query(`DROP TABLE "data_import_row"`);
    await q.query(`DROP INDEX "public"."IDX_1ed8bd78ac5e3aa80d636c38e7"`);
    await q.query(`DROP TABLE "data_import"`);
    await q.query(`DROP INDEX "public"."IDX_04942c4e2e7b766cd05bf2244c"`);
    await q.query(`DROP TABLE "import_file"`);
  }
}
