import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FrozenCheckpoints1796526426849 implements MigrationInterface {
  name = 'FrozenCheckpoints1796526426849';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "frozen_report" ("id" SERIAL NOT NULL, "checkpoint_id" integer NOT NULL, "report_id" integer NOT NULL, "project_id" integer NOT NULL, "budget" numeric(16,2) NOT NULL, "executed" numeric(16,2) NOT NULL, "status" character varying(16) NOT NULL, "failed" boolean, CONSTRAINT "PK_0b46ed4508402bf787b13871e6c" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_5c88087b62594682918defe0ea" ON "frozen_report"  ("checkpoint_id", "project_id") `,
    );
    await q.query(
      `CREATE TABLE "frozen_flag" ("id" SERIAL NOT NULL, "checkpoint_id" integer NOT NULL, "flag_id" integer NOT NULL, "project_id" integer NOT NULL, "level" character varying(8) NOT NULL, "status" character varying(8) NOT NULL, "deadline" date NOT NULL, "raised_checkpoint_id" integer NOT NULL, "escalated_checkpoint_id" integer, "closed_on" date, CONSTRAINT "PK_a630c6e8325b9794cbb4c46e0e0" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_b00ea11ac7a19bb1ad3e07d9a5" ON "frozen_flag"  ("checkpoint_id", "flag_id") `,
    );
    await q.query(`ALTER TABLE "monitoring_checkpoint" ADD "frozen_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `ALTER TABLE "frozen_report" ADD CONSTRAINT "FK_fe42a54d561e3e8bc29f62ddfe9" FOREIGN KEY ("checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "frozen_flag" ADD CONSTRAINT "FK_2a43c962c6d81deb1f727d74a4a" FOREIGN KEY ("checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Checkpoints confirmed before this migration are frozen as they stand now, the best record there is.
    await q.query(`INSERT INTO frozen_report (checkpoint_id, report_id, project_id, budget, executed, status, failed)
      SELECT r.checkpoint_id, r.id, r.project_id, r.budget, r.executed, r.status, r.failed
        FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id WHERE c.status = 'CONFIRMED'`);
    await q.query(`INSERT INTO frozen_flag (checkpoint_id, flag_id, project_id, level, status, deadline, raised_checkpoint_id,
                                            escalated_checkpoint_id, closed_on)
      SELECT c.id, f.id, f.project_id, f.level, f.status, f.deadline, f.raised_checkpoint_id, f.escalated_checkpoint_id, f.closed_on
        FROM monitoring_checkpoint c
        JOIN project p ON p.region_id = c.region_id AND p.year = c.year
        JOIN flag f ON f.project_id = p.id
        JOIN monitoring_checkpoint rc ON rc.id = f.raised_checkpoint_id AND rc.year = c.year
       WHERE c.status = 'CONFIRMED' AND c.scope = 'PROJECT'`);
    await q.query(`UPDATE monitoring_checkpoint SET frozen_at = now() WHERE status = 'CONFIRMED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "frozen_flag" DROP CONSTRAINT "FK_2a43c962c6d81deb1f727d74a4a"`);
    await q.query(`ALTER TABLE "frozen_report" DROP CONSTRAINT "FK_fe42a54d561e3e8bc29f62ddfe9"`);
    await q.query(`ALTER TABLE "monitoring_checkpoint" DROP COLUMN "frozen_at"`);
    await q.query(`DROP INDEX "public"."IDX_b00ea11ac7a19bb1ad3e07d9a5"`);
    await q.query(`DROP TABLE "frozen_flag"`);
    await q.query(`DROP INDEX "public"."IDX_5c88087b62594682918defe0ea"`);
    await q.query(`DROP TABLE "frozen_report"`);
  }
}
