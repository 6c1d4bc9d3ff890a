import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The performance section's two long queues — self-evaluations to confirm, final evaluations to publish — in
 * index-only scans. At 1M projects with ~8,000 of each waiting in a county, each count read the county's
 * projects and evaluations from the heap (240 and 260–320 ms; the second a parallel scan of every evaluation):
 *
 * - `IDX_project_region_cover`: a county's projects with their unit and fund family (the performance section's
 *   scope, and whether a fund section reviews first), read from the index;
 * - `IDX_evaluation_to_confirm`: the self-evaluations awaiting confirmation, with the fund section's review date;
 * - `IDX_evaluation_to_publish` replaces the partial index on the evaluations to publish by unit, now carrying
 *   the project (whose county the scope checks);
 * - `IDX_project_targets_to_publish`, `IDX_project_targets_submitted`: approved targets not yet published and
 *   targets submitted for a first review (the performance section reviews a classified unit's), by county —
 *   both counts read the county's 9,365 projects from the heap (17–31 and 15–22 ms) for a queue of a few rows or
 *   a few thousand.
 *
 * Together with the count of evaluations to publish in two parts (performance-todos.ts) the performance section's
 * to-dos at 1M projects: one statement of 23 counts, 440–550 → 44–47 ms.
 */
export class TodoCoveringIndexes1796601000000 implements MigrationInterface {
  name = 'TodoCoveringIndexes1796601000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_project_region_cover" ON "project" ("region_id") INCLUDE ("id", "unit_id", "fund_family")`,
    );
    await q.query(
      `CREATE INDEX "IDX_evaluation_to_confirm" ON "evaluation" ("project_id") INCLUDE ("fund_reviewed_on")
       WHERE "kind" = 'SELF' AND "status" = 'FINAL' AND "confirmed_on" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_evaluation_to_publish" ON "evaluation" ("unit_id") INCLUDE ("project_id")
       WHERE "status" = 'FINAL' AND "published_on" IS NULL`,
    );
    await q.query(`DROP INDEX "IDX_276e61c22fb55e4723c36d79b5"`);
    await q.query(
      `CREATE INDEX "IDX_project_targets_to_publish" ON "project" ("region_id") INCLUDE ("unit_id")
       WHERE "target_status" = 'APPROVED' AND "targets_published_on" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_project_targets_submitted" ON "project" ("region_id") WHERE "target_status" = 'SUBMITTED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_project_targets_submitted"`);
    await q.query(`DROP INDEX "IDX_project_targets_to_publish"`);
    await q.query(
      `CREATE INDEX "IDX_276e61c22fb55e4723c36d79b5" ON "evaluation" ("unit_id") WHERE "status" = 'FINAL' AND "published_on" IS NULL`,
    );
    await q.query(`DROP INDEX "IDX_evaluation_to_publish"`);
    await q.query(`DROP INDEX "IDX_evaluation_to_confirm"`);
    await q.query(`DROP INDEX "IDX_project_region_cover"`);
  }
}
