import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LifecycleRecords1795850855359 implements MigrationInterface {
  name = 'LifecycleRecords1795850855359';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "authenticity_sample" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "year" smallint NOT NULL, "seed" character varying(100) NOT NULL, "population" integer NOT NULL, "drawn_by_user_id" integer, "drawn_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fab3e2a68e2d6d76377ec0154c1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_02082fd8902296fc1bc2c5b198" ON "authenticity_sample"  ("region_id", "year") `,
    );
    await q.query(
      `CREATE TABLE "authenticity_check" ("id" SERIAL NOT NULL, "sample_id" integer NOT NULL, "evaluation_id" integer NOT NULL, "position" smallint NOT NULL, "result" character varying(8) NOT NULL DEFAULT 'PENDING', "note" text NOT NULL DEFAULT '', "checked_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_b38a45018ef7224298e499a971" CHECK ("result" IN ('PENDING', 'PASSED', 'FAILED')), CONSTRAINT "PK_b19ead4d0ff23b3637f7953340e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_aaaf02032b51dbc5dc8603dec1" ON "authenticity_check"  ("evaluation_id") `);
    await q.query(`CREATE INDEX "IDX_364c8d4d1a942eb869e6ba63d8" ON "authenticity_check"  ("sample_id") `);
    await q.query(
      `CREATE TABLE "calendar_deadline" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "year" smallint NOT NULL, "due_on" date NOT NULL, "title_zh" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "roles" jsonb NOT NULL, CONSTRAINT "PK_52e96d6f9ca5910f60a42cc45a7" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_35376c469636664657c5710e62" ON "calendar_deadline"  ("region_id", "year", "due_on") `,
    );
    await q.query(`ALTER TABLE "project" ADD "targets_published_on" date`);
    await q.query(`ALTER TABLE "evaluation" ADD "published_on" date`);
    await q.query(
      `ALTER TABLE "authenticity_sample" ADD CONSTRAINT "FK_34a085d27ee66a5cf4604bd29d4" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "authenticity_check" ADD CONSTRAINT "FK_364c8d4d1a942eb869e6ba63d87" FOREIGN KEY ("sample_id") REFERENCES "authenticity_sample"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "authenticity_check" ADD CONSTRAINT "FK_aaaf02032b51dbc5dc8603dec1d" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "calendar_deadline" ADD CONSTRAINT "FK_92bfd459dd13655389d6217713d" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "calendar_deadline" DROP CONSTRAINT "FK_92bfd459dd13655389d6217713d"`);
    await q.query(`ALTER TABLE "authenticity_check" DROP CONSTRAINT "FK_aaaf02032b51dbc5dc8603dec1d"`);
    await q.query(`ALTER TABLE "authenticity_check" DROP CONSTRAINT "FK_364c8d4d1a942eb869e6ba63d87"`);
    await q.query(`ALTER TABLE "authenticity_sample" DROP CONSTRAINT "FK_34a085d27ee66a5cf4604bd29d4"`);
    await q.query(`ALTER TABLE "evaluation" DROP COLUMN "published_on"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "targets_published_on"`);
    await q.query(`DROP INDEX "public"."IDX_35376c469636664657c5710e62"`);
    await q.query(`DROP TABLE "calendar_deadline"`);
    await q.query(`DROP INDEX "public"."IDX_364c8d4d1a942eb869e6ba63d8"`);
    await q.query(`DROP INDEX "public"."IDX_aaaf02032b51dbc5dc8603dec1"`);
    await q.query(`DROP TABLE "authenticity_check"`);
    await q.query(`DROP INDEX "public"."IDX_02082fd8902296fc1bc2c5b198"`);
    await q.query(`DROP TABLE "authenticity_sample"`);
  }
}
