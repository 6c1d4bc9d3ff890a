import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rollup } from './1796600500000-region-rollups.js';

/**
 * `execution_section_summary`: execution_summary rolled up to the supervising section of each row's unit (per
 * checkpoint, the project's county, the section, fund family and budget year), for a scope of whole counties
 * grouped by section with no condition about units: the cockpit's execution by section and checkpoint, and
 * `executionSummary(groupBy: SECTION)` of the BI mix. At 1M projects a province's read 81,156 rows of
 * execution_summary, each joined to its unit and section (~120 ms through the API; ~1.2 s under the BI load).
 *
 * Kept by statement-level triggers on execution_summary itself (as execution_region_summary is), and on unit: a
 * unit moved to another section moves its rows' contributions. Units are never deleted while they have projects.
 */
export interface SectionRollup {
  /** The rollup table, and the summary it rolls up (which has unit_id, project_count, budget, executed). */
  table: string;
  summary: string;
  /** The summary's key columns but unit_id, in order: the rollup's keys are these with section_id after region_id. */
  keys: string[];
  /** Column types of keys that are not integers (fund_family is character varying(32) unless given). */
  types?: Record<string, string>;
}

/** The statements that create a section rollup, its triggers and its rows; and those that drop them. */
export function sectionRollup({ table, summary, keys, types = {} }: SectionRollup): { up: string[]; down: string[] } {
  /** The rollup's key expressions: the summary's keys read from `alias`, the section after the county. */
  const withSection = (alias: string, section: string) =>
    keys.flatMap((k) => (k === 'region_id' ? [`${alias}.region_id`, section] : [`${alias}.${k}`])).join(', ');
  const columns = keys.flatMap((k) => (k === 'region_id' ? [k, 'section_id'] : [k]));
  const rollupKeys = columns.join(', ');
  const apply = (deltas: string) => `
    INSERT INTO ${table} AS s (${rollupKeys}, project_count, budget, executed)
    SELECT ${rollupKeys}, sum(n), sum(budget), sum(executed) FROM (${deltas}) d
     GROUP BY ${rollupKeys} ORDER BY ${rollupKeys}
    ON CONFLICT (${rollupKeys}) DO UPDATE
      SET project_count = s.project_count + EXCLUDED.project_count,
          budget = s.budget + EXCLUDED.budget, executed = s.executed + EXCLUDED.executed;
    DELETE FROM ${table} WHERE project_count = 0;`;
  // Summary rows (a relation with unit_id) with sign, at their unit's section as it is now.
  const delta = (rows: string, sign: '' | '-') => `
    SELECT ${withSection('r', 'u.supervising_section_id AS section_id')},
           ${sign}r.project_count AS n, ${sign}r.budget AS budget, ${sign}r.executed AS executed
      FROM ${rows} r JOIN unit u ON u.id = r.unit_id`;
  const moved = `FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.supervising_section_id <> n.supervising_section_id`;
  return {
    up: [
      `CREATE TABLE "${table}" (${columns
        .map((k) => `"${k}" ${types[k] ?? (k === 'fund_family' ? 'character varying(32)' : 'integer')} NOT NULL`)
        .join(', ')},
        "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
        CONSTRAINT "PK_${table}" PRIMARY KEY (${rollupKeys}))`,
      `CREATE INDEX "IDX_${table}_empty" ON "${table}" ("${keys[0]}") WHERE project_count = 0`,
      rollup(`${table}_rollup`, apply, delta),
      // A unit moved to another section: its rows leave the old section and join the new one.
      `CREATE FUNCTION ${table}_units_moved() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT EXISTS (SELECT 1 ${moved}) THEN RETURN NULL; END IF;
          ${apply(`
            SELECT ${withSection('e', 'm.section_id')},
                   m.sign * e.project_count AS n, m.sign * e.budget AS budget, m.sign * e.executed AS executed
              FROM (SELECT o.id, o.supervising_section_id AS section_id, -1 AS sign ${moved}
                    UNION ALL
                    SELECT n.id, n.supervising_section_id, 1 ${moved}) m
              JOIN ${summary} e ON e.unit_id = m.id`)}
          RETURN NULL;
        END $$`,
      ...(
        [
          ['insert', 'NEW TABLE AS new_rows'],
          ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
          ['delete', 'OLD TABLE AS old_rows'],
        ] as const
      ).map(
        ([op, tables]) => `CREATE TRIGGER ${summary}_section_${op} AFTER ${op.toUpperCase()} ON ${summary}
          REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_rollup()`,
      ),
      `CREATE TRIGGER unit_${table}_update AFTER UPDATE ON unit
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
        EXECUTE FUNCTION ${table}_units_moved()`,
      `INSERT INTO ${table} (${rollupKeys}, project_count, budget, executed)
        SELECT ${withSection('e', 'u.supervising_section_id')},
               sum(e.project_count), sum(e.budget), sum(e.executed)
          FROM ${summary} e JOIN unit u ON u.id = e.unit_id GROUP BY ${columns.map((_k, i) => i + 1).join(', ')}`,
      `ANALYZE ${table}`,
    ],
    down: [
      `DROP TRIGGER unit_${table}_update ON unit`,
      ...['insert', 'update', 'delete'].map((op) => `DROP TRIGGER ${summary}_section_${op} ON ${summary}`),
      `DROP FUNCTION ${table}_units_moved()`,
      `DROP FUNCTION ${table}_rollup()`,
      `DROP TABLE "${table}"`,
    ],
  };
}

const EXECUTION = sectionRollup({
  table: 'execution_section_summary',
  summary: 'execution_summary',
  keys: ['checkpoint_id', 'region_id', 'fund_family', 'year'],
});

export class ExecutionSectionSummary1796601100000 implements MigrationInterface {
  name = 'ExecutionSectionSummary1796601100000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of EXECUTION.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of EXECUTION.down) await q.query(sql);
  }
}
