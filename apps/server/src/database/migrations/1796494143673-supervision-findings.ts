import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupervisionFindings1796494143673 implements MigrationInterface {
  name = 'SupervisionFindings1796494143673';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "supervision_finding" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "kind" character varying(24) NOT NULL, "source" character varying(200) NOT NULL, "found_on" date NOT NULL, "document_no" character varying(100) NOT NULL, "description" text NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'ACTIVE', "withdrawn_reason" text NOT NULL DEFAULT '', "recorded_by_user_id" integer, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_c3e3cab6656e85f768a965146b" CHECK ("status" IN ('ACTIVE', 'WITHDRAWN')), CONSTRAINT "CHK_cbf075b71cf86cede0324f1b62" CHECK ("kind" IN ('AUDIT', 'FINANCIAL_SUPERVISION', 'MAJOR_MISUSE')), CONSTRAINT "PK_504d26e11e223cde3b26fa1dc0d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_445e3d5e84c4dc51954ac5ab8b" ON "supervision_finding"  ("project_id") `);
    await q.query(
      `ALTER TABLE "supervision_finding" ADD CONSTRAINT "FK_445e3d5e84c4dc51954ac5ab8b2" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "supervision_finding" DROP CONSTRAINT "FK_445e3d5e84c4dc51954ac5ab8b2"`);
    await q.query(`DROP INDEX "public"."IDX_445e3d5e84c4dc51954ac5ab8b"`);
    await q.query(`DROP TABLE "supervision_finding"`);
  }
}
