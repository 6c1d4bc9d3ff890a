import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sectionRollup } from './1796601100000-execution-section-summary.js';

/**
 * `latest_section_summary`: latest_summary (each project's budget and latest execution, per county, unit, fund
 * family and year) rolled up to each row's unit's section, for a scope of whole counties grouped by year, fund
 * family or section with no condition about units — the BI mix's `projectAggregate [FUND_FAMILY, SECTION]` and a
 * province's `[FUND_FAMILY]`, which read latest_summary per unit, each row joined to its unit. Kept as
 * execution_section_summary is (the same statements): statement-level triggers on latest_summary itself, and on
 * unit for a unit moved to another section.
 */
const LATEST = sectionRollup({
  table: 'latest_section_summary',
  summary: 'latest_summary',
  keys: ['region_id', 'fund_family', 'year'],
});

export class LatestSectionSummary1796601200000 implements MigrationInterface {
  name = 'LatestSectionSummary1796601200000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of LATEST.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of LATEST.down) await q.query(sql);
  }
}
