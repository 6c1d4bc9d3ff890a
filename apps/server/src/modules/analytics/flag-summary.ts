import type { DataSource } from 'typeorm';
import { projectPortfolio, sqlParams, unitPortfolio, type Viewer } from '../auth/index.js';
import {
  acrossFundFamilies,
  atRegionGrain,
  atSummaryGrain,
  filterSql,
  FLAG_SUMMARY_FILTERS,
  type Filter,
} from '../filter/index.js';
import type { FlagSummary } from './analytics.types.js';

type Db = Pick<DataSource, 'query'>;

/**
 * Flags as of the checkpoint(s) of a month: projects' flags at the project checkpoints, units' unit-wide flags
 * at the unit-wide checkpoint (June) — each counted at the checkpoints of its own scope. Frozen: the projects'
 * flags as they stood when each county's checkpoint was confirmed (frozen_flag, same columns); unit-wide flags
 * are not frozen and count nothing then.
 */
export async function flagSummary(
  db: Db,
  v: Viewer,
  year: number,
  month: number,
  f: Filter = {},
  frozen = false,
): Promise<FlagSummary> {
  const p = sqlParams([year, month]);
  // Read flag_summary (flags counted per county, unit, fund family, budget year, level, raising and escalating
  // checkpoint and closing date — every column the counts as of a checkpoint use, so they stay exact for any
  // checkpoint) when the viewer's scope and the filter are at that grain; otherwise (frozen, an agency, a filter
  // about a flag's state or anything else) the raw flags.
  const summary = !frozen && v.role !== 'AGENCY' && atSummaryGrain(f, FLAG_SUMMARY_FILTERS);
  // Coarser still, flag_region_summary (the same without the unit) for a scope of whole counties with no
  // condition about units: a province's 160,097 rows become 47,601 at 1M projects.
  const byRegion = summary && atRegionGrain(v, f);
  // And without a condition about the fund family, flag_region_all_funds (the same over all of them): 11,067 rows.
  const allFunds = byRegion && acrossFundFamilies(v, f);
  const flags = frozen ? 'frozen_flag' : 'flag';
  const frozenAt = frozen ? 'AND f.checkpoint_id = cp.id' : '';
  const projects = byRegion
    ? flagCountsSql(
        'PROJECT',
        // `p` is the rollup's row (the project's region_id, fund_family unless all funds, year), `f` the same row.
        `FROM ${allFunds ? 'flag_region_all_funds' : 'flag_region_summary'} p CROSS JOIN LATERAL (SELECT p.level, p.closed_on, p.raised_checkpoint_id,
                p.escalated_checkpoint_id, p.n) f
         JOIN cp ON cp.region_id = p.region_id`,
        `p.year = $1 AND ${projectPortfolio(v, p) + filterSql(f, p, 'flag')}`,
        'f.n',
      )
    : summary
      ? flagCountsSql(
          'PROJECT',
          // `p` is the summary row (the project's region_id, unit_id, fund_family, year), `f` the same row.
          `FROM flag_summary p CROSS JOIN LATERAL (SELECT p.level, p.closed_on, p.raised_checkpoint_id,
                p.escalated_checkpoint_id, p.n) f
         JOIN unit u ON u.id = p.unit_id JOIN cp ON cp.region_id = p.region_id`,
          `p.year = $1 AND ${projectPortfolio(v, p) + filterSql(f, p, 'flag')}`,
          'f.n',
        )
      : flagCountsSql(
          'PROJECT',
          `FROM ${flags} f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
     JOIN cp ON cp.region_id = p.region_id ${frozenAt}`,
          `p.year = $1 AND ${projectPortfolio(v, p) + filterSql(f, p, 'flag')}`,
        );
  // A filter about projects or about flags' own fields (fund family, level, …) selects no unit-wide flag.
  const unitLevel = !frozen && atSummaryGrain(f, UNIT_LEVEL_FILTERS);
  if (!unitLevel) {
    const [row] = await db.query(projects, p.values);
    return {
      yellow: row.yellow,
      red: row.red,
      newYellow: row.new_yellow,
      escalatedToRed: row.escalated,
      closed: row.closed,
    };
  }
  // The units' unit-wide flags in the same statement ($1 and $2 shared, their scope's parameters after the
  // projects'): one round trip instead of two.
  const units = flagCountsSql(
    'UNIT_WIDE',
    `FROM unit_wide_flag f JOIN unit_wide_target t ON t.id = f.target_id JOIN unit u ON u.id = t.unit_id
     JOIN cp ON cp.region_id = u.region_id`,
    `t.year = $1 AND ${unitPortfolio(v, p) + filterSql(f, p, 'unit')}`,
  );
  const [row] = await db.query(
    `SELECT a.yellow + b.yellow AS yellow, a.red + b.red AS red, a.new_yellow + b.new_yellow AS new_yellow,
            a.escalated + b.escalated AS escalated, a.closed + b.closed AS closed
       FROM (${projects}) a CROSS JOIN (${units}) b`,
    p.values,
  );
  return {
    yellow: row.yellow,
    red: row.red,
    newYellow: row.new_yellow,
    escalatedToRed: row.escalated,
    closed: row.closed,
  };
}

/** Filter fields that a unit-wide flag (no project) can answer: its unit, section, classification, name, year. */
const UNIT_LEVEL_FILTERS = new Set(['year', 'sectionId', 'unitId', 'classified', 'search']);

/**
 * The flag counts as of the checkpoints of a month ($1 year, $2 month) of one scope, over the flags `from` joins;
 * `weight` is how many flags a row of `from` stands for (1 for a flag, `n` for a row of flag_summary).
 */
function flagCountsSql(scope: 'PROJECT' | 'UNIT_WIDE', from: string, where: string, weight = '1'): string {
  return `WITH cp AS MATERIALIZED (
         SELECT c.id, c.region_id, c.period_end,
                COALESCE((SELECT max(c2.period_end) FROM monitoring_checkpoint c2
                           WHERE c2.region_id = c.region_id AND c2.year = c.year AND c2.scope = '${scope}'
                             AND c2.period_end < c.period_end),
                         make_date(c.year, 1, 1) - 1) AS prev_end
           FROM monitoring_checkpoint c
          WHERE c.year = $1 AND c.month = $2 AND c.scope = '${scope}'),
       f AS (
         SELECT f.level, f.closed_on, f.raised_checkpoint_id, f.escalated_checkpoint_id, ${weight} AS n, cp.id AS cp_id,
                cp.period_end AS as_of, cp.prev_end,
                CASE WHEN f.level = 'RED' AND (ec.period_end IS NULL OR ec.period_end <= cp.period_end)
                     THEN 'RED' ELSE 'YELLOW' END AS level_as_of
           ${from}
           JOIN monitoring_checkpoint rc ON rc.id = f.raised_checkpoint_id
           LEFT JOIN monitoring_checkpoint ec ON ec.id = f.escalated_checkpoint_id
          WHERE rc.year = $1 AND rc.period_end <= cp.period_end AND ${where})
       SELECT
         (COALESCE(sum(n) FILTER (WHERE level_as_of = 'YELLOW' AND (closed_on IS NULL OR closed_on > as_of)), 0))::int AS yellow,
         (COALESCE(sum(n) FILTER (WHERE level_as_of = 'RED' AND (closed_on IS NULL OR closed_on > as_of)), 0))::int AS red,
         (COALESCE(sum(n) FILTER (WHERE raised_checkpoint_id = cp_id
                             AND (level = 'YELLOW' OR escalated_checkpoint_id IS NOT NULL)), 0))::int AS new_yellow,
         (COALESCE(sum(n) FILTER (WHERE escalated_checkpoint_id = cp_id
                             OR (raised_checkpoint_id = cp_id AND level = 'RED' AND escalated_checkpoint_id IS NULL)), 0))::int
           AS escalated,
         (COALESCE(sum(n) FILTER (WHERE closed_on > prev_end AND closed_on <= as_of), 0))::int AS closed
         FROM f`;
}
