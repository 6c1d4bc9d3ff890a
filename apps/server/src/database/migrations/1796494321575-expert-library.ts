import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExpertLibrary1796494321575 implements MigrationInterface {
  name = 'ExpertLibrary1796494321575';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "expert" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "name" character varying(40) NOT NULL, "field" character varying(60) NOT NULL, "organisation" character varying(100) NOT NULL, "contact" character varying(60) NOT NULL DEFAULT '', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_0062630832658e718267ce2941f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_84ce0db34cb7c3712009a35d32" ON "expert"  ("region_id", "name") `);
    await q.query(
      `CREATE TABLE "expert_conflict" ("id" SERIAL NOT NULL, "expert_id" integer NOT NULL, "unit_id" integer NOT NULL, CONSTRAINT "PK_251ba89d7b1e0e5800cf7e1efa4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_813902c796126f75b7a5d5d560" ON "expert_conflict"  ("unit_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_32367418d6693226d1bae644a2" ON "expert_conflict"  ("expert_id", "unit_id") `,
    );
    await q.query(
      `CREATE TABLE "expert_panel_member" ("id" SERIAL NOT NULL, "expert_id" integer NOT NULL, "evaluation_id" integer, "ex_ante_assessment_id" integer, "seed" character varying(60) NOT NULL, CONSTRAINT "CHK_485c4a8600aecef158b98a644f" CHECK (("evaluation_id" IS NULL) <> ("ex_ante_assessment_id" IS NULL)), CONSTRAINT "PK_9508e4fb446ee673a85c001145e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_0f040b25f78db8e566a09e0e2b" ON "expert_panel_member"  ("ex_ante_assessment_id") `);
    await q.query(`CREATE INDEX "IDX_2920f9d2eeb2b621fbbb088d28" ON "expert_panel_member"  ("evaluation_id") `);
    await q.query(
      `ALTER TABLE "expert" ADD CONSTRAINT "FK_656444c57c351e4555bdc91c109" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "expert_conflict" ADD CONSTRAINT "FK_0451dec31050278e1a317628b07" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "expert_conflict" ADD CONSTRAINT "FK_813902c796126f75b7a5d5d5608" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "expert_panel_member" ADD CONSTRAINT "FK_f3a41c155ae6f0ccb8538e0f45c" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "expert_panel_member" ADD CONSTRAINT "FK_2920f9d2eeb2b621fbbb088d288" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "expert_panel_member" ADD CONSTRAINT "FK_0f040b25f78db8e566a09e0e2bd" FOREIGN KEY ("ex_ante_assessment_id") REFERENCES "ex_ante_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "expert_panel_member" DROP CONSTRAINT "FK_0f040b25f78db8e566a09e0e2bd"`);
    await q.query(`ALTER TABLE "expert_panel_member" DROP CONSTRAINT "FK_2920f9d2eeb2b621fbbb088d288"`);
    await q.query(`ALTER TABLE "expert_panel_member" DROP CONSTRAINT "FK_f3a41c155ae6f0ccb8538e0f45c"`);
    await q.query(`ALTER TABLE "expert_conflict" DROP CONSTRAINT "FK_813902c796126f75b7a5d5d5608"`);
    await q.query(`ALTER TABLE "expert_conflict" DROP CONSTRAINT "FK_0451dec31050278e1a317628b07"`);
    await q.query(`ALTER TABLE "expert" DROP CONSTRAINT "FK_656444c57c351e4555bdc91c109"`);
    await q.query(`DROP INDEX "public"."IDX_2920f9d2eeb2b621fbbb088d28"`);
    await q.query(`DROP INDEX "public"."IDX_0f040b25f78db8e566a09e0e2b"`);
    await q.query(`DROP TABLE "expert_panel_member"`);
    await q.query(`DROP INDEX "public"."IDX_32367418d6693226d1bae644a2"`);
    await q.query(`DROP INDEX "public"."IDX_813902c796126f75b7a5d5d560"`);
    await q.query(`DROP TABLE "expert_conflict"`);
    await q.query(`DROP INDEX "public"."IDX_84ce0db34cb7c3712009a35d32"`);
    await q.query(`DROP TABLE "expert"`);
  }
}
