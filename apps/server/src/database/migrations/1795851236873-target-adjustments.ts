import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TargetAdjustments1795851236873 implements MigrationInterface {
  name = 'TargetAdjustments1795851236873';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "target_adjustment" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "checkpoint_id" integer NOT NULL, "reason" text NOT NULL, "before" jsonb NOT NULL, "proposed" jsonb NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'PENDING', "decision_comment" text NOT NULL DEFAULT '', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_13e6f315e9a2d4dc0d95df2958" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "PK_da0ebadc49a5f188f882bdb1bc7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_3392bebe7b5f1616162a723689" ON "target_adjustment"  ("project_id") `);
    await q.query(
      `ALTER TABLE "target_adjustment" ADD CONSTRAINT "FK_3392bebe7b5f1616162a7236893" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "target_adjustment" ADD CONSTRAINT "FK_30a2d4fcb3cf8a92d0fe1c45c8a" FOREIGN KEY ("checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "target_adjustment" DROP CONSTRAINT "FK_30a2d4fcb3cf8a92d0fe1c45c8a"`);
    await q.query(`ALTER TABLE "target_adjustment" DROP CONSTRAINT "FK_3392bebe7b5f1616162a7236893"`);
    await q.query(`DROP INDEX "public"."IDX_3392bebe7b5f1616162a723689"`);
    await q.query(`DROP TABLE "target_adjustment"`);
  }
}
