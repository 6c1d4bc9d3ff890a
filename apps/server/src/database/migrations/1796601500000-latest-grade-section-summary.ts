import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sectionRollup } from './1796601100000-execution-section-summary.js';
import { pairTransitionRows } from './1796601400000-transition-pairs.js';

/**
 * `latest_grade_section_summary`: latest_grade_summary (each project's budget and latest execution, per county,
 * unit, fund family, year, grade of its final self-evaluation and highest open flag) rolled up to each row's
 * unit's section, for `projectAggregate` without a checkpoint by grade or flag level, year, fund family or section
 * for a scope of whole counties with no condition about units: a province's `[SECTION, GRADE]` read 182,312 rows
 * of latest_grade_summary, each joined to its unit (SQL ~126 ms at 1M projects, 2,500 rows out); the rollup has
 * 35,012. Kept as latest_section_summary is (the same statements; the unit trigger pairs its old and new rows as
 * migration 1796601400000 does).
 */
const GRADES = sectionRollup({
  table: 'latest_grade_section_summary',
  summary: 'latest_grade_summary',
  keys: ['region_id', 'fund_family', 'year', 'self_grade', 'top_flag'],
  types: { self_grade: 'character varying(16)', top_flag: 'smallint' },
});

export class LatestGradeSectionSummary1796601500000 implements MigrationInterface {
  name = 'LatestGradeSectionSummary1796601500000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of GRADES.up) await q.query(pairTransitionRows(sql, 'unit'));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of GRADES.down) await q.query(sql);
  }
}
