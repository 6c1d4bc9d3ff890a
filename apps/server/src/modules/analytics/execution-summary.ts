import type { DataSource } from 'typeorm';
import type { ExecutionGroupBy } from '@jixiao/schema/enums';
import { maskClassifiedUnit, projectPortfolio, sqlParams, type Viewer } from '../auth/index.js';
import {
  atRegionGrain,
  acrossFundFamilies,
  filterSql,
  type Filter,
  atSummaryGrain,
  EXECUTION_SUMMARY_FILTERS,
} from '../filter/index.js';
import { executionRateSql } from '../monitoring/index.js';
import type { ExecutionRow } from './analytics.types.js';
import { ALL_KEY_COLUMNS, type KeyColumns } from './project-aggregate.js';

type Db = Pick<DataSource, 'query'>;

/** Budget and execution at the checkpoint of a month, grouped; from execution_summary when at its grain. */
export async function executionSummary(
  db: Db,
  v: Viewer,
  year: number,
  month: number,
  groupBy: ExecutionGroupBy,
  f: Filter = {},
  frozen = false,
  asked: KeyColumns = ALL_KEY_COLUMNS,
): Promise<ExecutionRow[]> {
  const p = sqlParams([year, month]);
  // Read execution_summary (one row per checkpoint, county, unit, fund family and budget year, kept by triggers
  // in the transaction of every write) when the viewer's scope and the filter are at that grain; otherwise
  // (frozen figures, an agency's portfolio, a filter about anything else) the raw reports.
  const summary = !frozen && v.role !== 'AGENCY' && atSummaryGrain(f, EXECUTION_SUMMARY_FILTERS);
  // Coarser still, execution_region_summary (per checkpoint, county, fund family and year) for a scope of whole
  // counties grouped by TOTAL or fund family with no condition about units.
  const byRegion = summary && (groupBy === 'TOTAL' || groupBy === 'FUND_FAMILY') && atRegionGrain(v, f);
  // By section likewise, execution_section_summary (the same with each row's unit's section): a province's 81,156
  // rows of execution_summary at 1M projects, each joined to its unit, become ~5,000.
  const bySection = summary && groupBy === 'SECTION' && atRegionGrain(v, f);
  // By unit with no condition about the fund family, execution_unit_summary (execution_summary without it): a
  // province's 40,578 rows at a checkpoint become 5,401. Not for a fund section, whose portfolio is a fund family.
  const byUnit = summary && groupBy === 'UNIT' && acrossFundFamilies(v, f);
  // Frozen: the reports as they stood when their checkpoint was confirmed (frozen_report has the same columns).
  const reports = frozen ? 'frozen_report' : 'monitoring_report';
  // In the summary `p` is the summary row: it has the project's region_id, unit_id, fund_family and year.
  const scope = projectPortfolio(v, p) + filterSql(f, p, 'report');
  const unit = maskClassifiedUnit(v);
  const budget = summary ? 'sum(p.budget)' : 'sum(r.budget)';
  const executed = summary ? 'sum(p.executed)' : 'sum(r.executed)';
  // A section or unit row also carries its code and its county's code: the dashboard's addresses name it by
  // those (issue 15: readable, shareable filter URLs; a code is unique only within a county). Only when the
  // query asks for them: a province's 5,401 rows by unit carried two text columns and a join nobody read.
  type Group = { key: string; label: string; code: string; regionCode: string; join: string; order: string };
  const none = { code: 'NULL::text', regionCode: 'NULL::text' };
  const group: Record<ExecutionGroupBy, Group> = {
    TOTAL: { key: `'TOTAL'`, label: `'合计'`, ...none, join: '', order: '1' },
    FUND_FAMILY: {
      key: 'ff.code',
      label: 'ff.name_zh',
      ...none,
      join: 'JOIN fund_family ff ON ff.code = p.fund_family',
      order: 'min(ff.sort_order)',
    },
    SECTION: {
      key: 's.id::text',
      label: 's.name',
      code: asked.code ? 's.code' : none.code,
      regionCode: asked.regionCode ? 'sr.code' : none.regionCode,
      join:
        `JOIN section s ON s.id = ${bySection ? 'p.section_id' : 'u.supervising_section_id'}` +
        (asked.regionCode ? ' JOIN region sr ON sr.id = s.region_id' : ''),
      order: `${budget} DESC`,
    },
    UNIT: {
      key: unit.key,
      label: unit.label,
      code: asked.code ? unit.code : none.code,
      regionCode: asked.regionCode ? unit.regionCode : none.regionCode,
      join: asked.regionCode ? 'JOIN region ur ON ur.id = u.region_id' : '',
      order: `${budget} DESC`,
    },
  };
  const g = group[groupBy];
  const from = byRegion
    ? `execution_region_summary p
       JOIN monitoring_checkpoint c ON c.id = p.checkpoint_id AND c.scope = 'PROJECT'`
    : bySection
      ? `execution_section_summary p
       JOIN monitoring_checkpoint c ON c.id = p.checkpoint_id AND c.scope = 'PROJECT'`
      : summary
        ? `${byUnit ? 'execution_unit_summary' : 'execution_summary'} p
       JOIN monitoring_checkpoint c ON c.id = p.checkpoint_id AND c.scope = 'PROJECT'
       JOIN unit u ON u.id = p.unit_id`
        : `${reports} r
       JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id AND c.scope = 'PROJECT'
       JOIN project p ON p.id = r.project_id
       JOIN unit u ON u.id = p.unit_id`;
  const rows = (await db.query(
    // Grouped by the key alone, the label and codes carried by min() (the key determines them, as in
    // projectAggregate): a province's 40,578 summary rows by unit were sorted on four text columns, spilling to
    // disk (SQL 89 → 36–42 ms at 1M projects).
    `SELECT ${g.key} AS key, min(${g.label}) AS label, min(${g.code}) AS code, min(${g.regionCode}) AS region_code,
            ${summary ? 'sum(p.project_count)' : 'count(*)'}::int AS project_count,
            ${budget}::text AS budget,
            ${executed}::text AS executed,
            ${executionRateSql(executed, budget)} AS rate
       FROM ${from}
       ${g.join}
      WHERE c.year = $1 AND c.month = $2${summary ? '' : ` AND r.status <> 'DRAFT'`} AND ${scope}
      GROUP BY 1
      ORDER BY ${g.order}, 1`,
    p.values,
  )) as {
    key: string;
    label: string;
    code: string | null;
    region_code: string | null;
    project_count: number;
    budget: string;
    executed: string;
    rate: number | null;
  }[];
  const out = rows.map((r) => ({
    key: r.key,
    label: r.label,
    code: r.code,
    regionCode: r.region_code,
    projectCount: r.project_count,
    budget: r.budget,
    executed: r.executed,
    executionRate: r.rate,
  }));
  if (groupBy === 'TOTAL' && out.length === 0) {
    out.push({
      key: 'TOTAL',
      label: '合计',
      code: null,
      regionCode: null,
      projectCount: 0,
      budget: '0',
      executed: '0',
      executionRate: null,
    });
  }
  return out;
}
