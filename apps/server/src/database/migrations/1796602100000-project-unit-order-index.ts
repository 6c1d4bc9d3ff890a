import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A unit's projects of a year in code order, (unit_id, year, code, id): `Unit.projects(year, first)` pages each
 * unit's projects in SQL (a lateral join per unit, issue 16 §1). The unique (unit_id, code, year) index gives the
 * code order of every year together, so each unit's page read all of that year's projects through it, checking the
 * year on each, and sorted them for the first 21: a business section's portfolio page (12 units, 20 projects each)
 * at 1M projects read 116 projects a unit, its statement 20 ms in EXPLAIN; through this index 21 a unit, 8 ms. The
 * portfolio page at 10 connections: 73.7 -> 83.9 req/s, 22.9 -> 19.5 ms of machine CPU a request.
 */
export class ProjectUnitOrderIndex1796602100000 implements MigrationInterface {
  name = 'ProjectUnitOrderIndex1796602100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_project_unit_code" ON "project" ("unit_id", "year", "code", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_project_unit_code"`);
  }
}
