import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { FLAG_LEVEL_LABELS, GRADE_LABELS } from '@jixiao/schema/enums';
import { AppError } from '../../graphql/errors.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { evaluationPortfolio, maskClassifiedUnit, projectPortfolio, sqlParams, type Viewer } from '../auth/index.js';
import {
  atRegionGrain,
  filterSql,
  type Filter,
  atSummaryGrain,
  EXECUTION_SUMMARY_FILTERS,
  LATEST_SUMMARY_FILTERS,
} from '../filter/index.js';
import { EXECUTION_RATE_DESCRIPTION, executionRateSql } from '../monitoring/index.js';

export const AggregateDimensionEnum = {
  YEAR: 'YEAR',
  FUND_FAMILY: 'FUND_FAMILY',
  SECTION: 'SECTION',
  UNIT: 'UNIT',
  CHECKPOINT: 'CHECKPOINT',
  GRADE: 'GRADE',
  FLAG_LEVEL: 'FLAG_LEVEL',
} as const;
export type AggregateDimension = keyof typeof AggregateDimensionEnum;
registerEnumType(AggregateDimensionEnum, {
  name: 'AggregateDimension',
  description: '汇总维度 / Dimensions to group projects by',
  valuesConfig: {
    YEAR: { description: '预算年度 / Budget year' },
    FUND_FAMILY: { description: '资金类别 / Fund family' },
    SECTION: { description: '对口科室 / Supervising section' },
    UNIT: {
      description: '单位（涉密单位对无权者合并）/ Unit (classified ones merged for viewers who may not see them)',
    },
    CHECKPOINT: { description: '监控节点（执行数取该节点）/ Checkpoint: executed as reported there' },
    GRADE: { description: '评价等次（默认单位自评）/ Grade of the evaluation kind in the filter (SELF by default)' },
    FLAG_LEVEL: { description: '当前最高未销号预警 / Highest open flag: NONE, YELLOW, RED' },
  },
});

@ObjectType({ description: '汇总行的一个维度值 / One dimension value of an aggregate row' })
export class AggregateKey {
  @Field(() => AggregateDimensionEnum, { description: '维度 / Dimension' }) dimension: AggregateDimension;
  @Field({ description: '维度值：编码、年度或编号 / Value of the dimension: a code, year or id' }) key: string;
  @Field({ description: '维度值名称 / Label of the value' }) label: string;
  @Field(() => String, {
    nullable: true,
    description:
      '科室或单位编码（SECTION、UNIT 维度；合并的涉密单位与其他维度为空）/ Code of the section or unit (SECTION and UNIT; null for merged classified units and other dimensions)',
  })
  code: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      '该科室或单位所在县的行政区划代码（编码仅在县内唯一）/ Division code of the county of that section or unit (codes are unique within a county)',
  })
  regionCode: string | null;
}

/** Which of a key's columns the query asks for (`keys { code regionCode }`): the others are not selected. */
export interface KeyColumns {
  code: boolean;
  regionCode: boolean;
}
export const ALL_KEY_COLUMNS: KeyColumns = { code: true, regionCode: true };

@ObjectType({ description: '项目汇总行 / A row of the project aggregate' })
export class AggregateRow {
  @Field(() => [AggregateKey], { description: '各维度的值（顺序同 groupBy）/ The dimension values, in groupBy order' })
  keys: AggregateKey[];
  @Field(() => Int, { description: '项目数 / Projects' }) projectCount: number;
  @Field(() => DecimalScalar, { description: '预算（元）/ Budget' }) budget: string;
  @Field(() => DecimalScalar, { description: '执行（元）/ Executed' }) executed: string;
  @Field(() => Float, { nullable: true, description: EXECUTION_RATE_DESCRIPTION }) executionRate: number | null;
}

/**
 * Dimensions execution_summary holds: checkpoint × the project's county, unit, fund family and year. Without a
 * checkpoint, latest_summary holds the same but the checkpoint, latest_grade_summary also the grade (of the
 * self-evaluation) and the open flag.
 */
const SUMMARY_DIMENSIONS = new Set<AggregateDimension>(['CHECKPOINT', 'YEAR', 'FUND_FAMILY', 'SECTION', 'UNIT']);
/** Dimensions execution_region_summary holds (checkpoint × the project's county, fund family and year). */
const REGION_DIMENSIONS = new Set<AggregateDimension>(['CHECKPOINT', 'YEAR', 'FUND_FAMILY']);
/** And execution_section_summary: the same with the section of each row's unit. */
const SECTION_DIMENSIONS = new Set<AggregateDimension>(['CHECKPOINT', 'YEAR', 'FUND_FAMILY', 'SECTION']);

const gradeLabel = (grade: string) =>
  `CASE ${grade} ${Object.entries(GRADE_LABELS)
    .map(([k, l]) => `WHEN '${k}' THEN '${l.zh}'`)
    .join(' ')} ELSE '未评价' END`;
/** `top`: the highest open flag, 2 red, 1 yellow, 0 or null none. */
const flagKey = (top: string) => `CASE WHEN ${top} = 2 THEN 'RED' WHEN ${top} = 1 THEN 'YELLOW' ELSE 'NONE' END`;
const flagLabel = (top: string) =>
  `CASE WHEN ${top} = 2 THEN '${FLAG_LEVEL_LABELS.RED.zh}' WHEN ${top} = 1 THEN '${FLAG_LEVEL_LABELS.YELLOW.zh}' ELSE '无预警' END`;

/**
 * A grouped aggregate over projects, computed by PostgreSQL within the viewer's portfolio, so a BI tool
 * can build its own pivot without downloading rows.
 */
export async function projectAggregate(
  db: DataSource,
  v: Viewer,
  groupBy: AggregateDimension[],
  f: Filter,
  asked: KeyColumns = ALL_KEY_COLUMNS,
) {
  if (new Set(groupBy).size !== groupBy.length) {
    throw new AppError('BAD_USER_INPUT', 'groupBy：维度不可重复', 'groupBy: a dimension may appear once', {
      field: 'groupBy',
    });
  }
  const p = sqlParams();
  // Per checkpoint, each row is a project's report there (`r`, `c`); otherwise a project with its latest report.
  const perCheckpoint = groupBy.includes('CHECKPOINT') || f.checkpointMonth != null;
  // Per checkpoint by dimensions of the project's county, unit, fund family and year only (the cockpit's
  // execution series and its breakdowns), with a scope and filter at that grain: read execution_summary, kept
  // by triggers (as executionSummary does), where `p` is the summary row — it has the project's region_id,
  // unit_id, fund_family and year. A province's series was a scan of every report (seconds at 1M projects).
  // Without a checkpoint, by the same dimensions but the checkpoint: latest_summary (each project's budget and
  // its latest report's execution, summed per county, unit, fund family and year; kept by triggers), `p` its row.
  // latest_grade_summary also holds the grade of each project's final self-evaluation (the GRADE dimension's
  // default kind) and its highest open flag.
  const summary =
    perCheckpoint &&
    v.role !== 'AGENCY' &&
    groupBy.every((d) => SUMMARY_DIMENSIONS.has(d)) &&
    atSummaryGrain(f, EXECUTION_SUMMARY_FILTERS);
  // Per checkpoint by the open flag as well (the cockpit's flags over its series): the same summary with every
  // report counted as without a flag, corrected by the reports of the projects with an open flag moved to their
  // level — summed per checkpoint, unit and level in execution_flag_summary (kept by triggers; by county in
  // execution_flag_region_summary, read when execution_region_summary is). A county's reports one by one took
  // 160 ms, the province's 2.9 s at 1M projects; the flagged projects' reports found one by one through
  // project_latest, ~0.5 s for the province.
  const flagSplit =
    perCheckpoint &&
    v.role !== 'AGENCY' &&
    groupBy.includes('FLAG_LEVEL') &&
    groupBy.every((d) => d === 'FLAG_LEVEL' || SUMMARY_DIMENSIONS.has(d)) &&
    atSummaryGrain(f, EXECUTION_SUMMARY_FILTERS);
  // Coarser still, execution_region_summary (no unit) for a scope of whole counties with no condition about units,
  // by checkpoint, year and fund family only (the cockpit's series and its split by fund family): a province's
  // execution_summary rows are read per unit (~60 ms at 1M projects for the series).
  const rollupScope = (summary || flagSplit) && atRegionGrain(v, f);
  const byRegion = rollupScope && groupBy.every((d) => d === 'FLAG_LEVEL' || REGION_DIMENSIONS.has(d));
  // By section as well, execution_section_summary (a province's cockpit by section and checkpoint read 81,156
  // rows of execution_summary, each joined to its unit: ~120 ms).
  const bySection = rollupScope && !byRegion && groupBy.every((d) => d === 'FLAG_LEVEL' || SECTION_DIMENSIONS.has(d));
  const latest =
    !perCheckpoint &&
    v.role !== 'AGENCY' &&
    groupBy.every((d) => d !== 'CHECKPOINT') &&
    atSummaryGrain(f, LATEST_SUMMARY_FILTERS);
  const unit = maskClassifiedUnit(v);
  const byGradeOrFlag = groupBy.includes('GRADE') || groupBy.includes('FLAG_LEVEL');
  // Without a checkpoint, by year, fund family and section, latest_section_summary (latest_summary by each row's
  // unit's section) for a scope of whole counties with no condition about units: the BI mix's [FUND_FAMILY,
  // SECTION] and a province's [FUND_FAMILY] read latest_summary per unit, each row joined to its unit.
  // By grade or flag level likewise latest_grade_section_summary (latest_grade_summary by section: a province's
  // [SECTION, GRADE] read 182,312 rows of it per unit, each joined to its unit).
  const latestBySection = latest && atRegionGrain(v, f) && groupBy.every((d) => d !== 'UNIT');

  /**
   * One grouped SELECT (without its order): `from` the rows it reads — execution_summary, latest_summary or
   * latest_grade_summary (`p` the summary row), the projects with their reports per checkpoint or their latest,
   * or the flagged projects' reports (`p` the execution_flag_summary row) —; `flag` the open-flag level: read, or
   * 'NONE' for every row.
   */
  const grouped = (
    from: 'execution_summary' | 'latest' | 'reports' | 'projects' | 'flagged',
    flag: 'read' | 'none' = 'read',
  ) => {
    const fromSummary = from === 'execution_summary' || from === 'latest' || from === 'flagged';
    // The county and section rollups have no unit: `u` is not joined (the scope and filter read only p's county,
    // fund family and year; the section is the row's own).
    const rollup =
      (from === 'execution_summary' && (byRegion || bySection)) ||
      (from === 'flagged' && byRegion) ||
      (from === 'latest' && latestBySection);
    const where = projectPortfolio(v, p) + filterSql(f, p, perCheckpoint ? 'report' : 'project');
    const joins: string[] = [];
    if (from === 'execution_summary' || from === 'flagged') {
      joins.push(`JOIN monitoring_checkpoint c ON c.id = p.checkpoint_id AND c.scope = 'PROJECT'`);
    } else if (from === 'reports') {
      joins.push(`JOIN monitoring_report r ON r.project_id = p.id AND r.status <> 'DRAFT'
                JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id AND c.scope = 'PROJECT'`);
    } else if (from === 'projects') {
      // Each project's latest report's execution: project_latest (one row per project, kept by triggers) — it
      // was found by reading the viewer's reports, every report of the province for a province.
      joins.push(`LEFT JOIN project_latest r ON r.project_id = p.id`);
    }
    // A grade or flag level read from the summary row (the finer of the two), or looked up per project.
    const grade = from === 'latest' ? 'p.self_grade' : `COALESCE(ev.grade, 'NONE')`;
    const top = flag === 'none' ? '0' : from === 'latest' || from === 'flagged' ? 'p.top_flag' : 'fl.top_flag';
    const dims: Record<
      AggregateDimension,
      { key: string; label: string; code?: string; regionCode?: string; join?: () => string }
    > = {
      YEAR: { key: 'p.year::text', label: `p.year::text || '年'` },
      FUND_FAMILY: {
        key: 'p.fund_family',
        label: 'ff.name_zh',
        join: () => 'JOIN fund_family ff ON ff.code = p.fund_family',
      },
      // A key's code and its county's code only when the query asks for them (a province's 3,500 rows by fund family
      // and section carried two text columns and a join to the region nobody read).
      SECTION: {
        key: 's.id::text',
        label: 's.name',
        code: asked.code ? 's.code' : undefined,
        regionCode: asked.regionCode ? 'sr.code' : undefined,
        join: () =>
          `JOIN section s ON s.id = ${rollup ? 'p.section_id' : 'u.supervising_section_id'}` +
          (asked.regionCode ? ' JOIN region sr ON sr.id = s.region_id' : ''),
      },
      UNIT: {
        key: unit.key,
        label: unit.label,
        code: asked.code ? unit.code : undefined,
        regionCode: asked.regionCode ? unit.regionCode : undefined,
        join: () => (asked.regionCode ? 'JOIN region ur ON ur.id = u.region_id' : ''),
      },
      CHECKPOINT: {
        key: `c.year::text || '-' || lpad(c.month::text, 2, '0')`,
        label: `c.year::text || '年' || c.month::text || '月监控'`,
      },
      GRADE: {
        key: grade,
        label: gradeLabel(grade),
        join: () =>
          from === 'latest'
            ? ''
            : `LEFT JOIN evaluation ev ON ev.project_id = p.id AND ev.status = 'FINAL' AND ev.kind = ${p.push(f.evaluationKind ?? 'SELF')}${
                // An agency groups by the grades of the evaluations it ran only (it cannot see the others).
                v.role === 'AGENCY' ? ` AND ${evaluationPortfolio(v, p, 'ev')}` : ''
              }`,
      },
      FLAG_LEVEL: {
        key: flagKey(top),
        label: flagLabel(top),
        // The highest open flag of each project, kept in project_latest (a lookup of its flags per project before).
        join: () => (top === 'fl.top_flag' ? `LEFT JOIN project_latest fl ON fl.project_id = p.id` : ''),
      },
    };
    for (const d of groupBy) if (dims[d].join) joins.push(dims[d].join!());
    // Grouped by the keys alone: a key's label, code and county code follow from it (one section, unit, fund
    // family, grade or level; the masked classified units have one label and no codes), so they are carried by
    // min() instead of being sorted with the key (a province's 182,000 summary rows by section and grade sorted
    // on eight text columns, spilling to disk: 650–750 ms).
    const select = groupBy.flatMap((d, i) => [
      `${dims[d].key} AS k${i}`,
      `min(${dims[d].label}) AS l${i}`,
      `min(${dims[d].code ?? 'NULL::text'}) AS c${i}`,
      `min(${dims[d].regionCode ?? 'NULL::text'}) AS r${i}`,
    ]);
    const groupCols = groupBy.map((_d, i) => `k${i}`);
    const budget = fromSummary ? 'p.budget' : from === 'projects' ? 'p.budget' : 'r.budget';
    const executed = fromSummary ? 'p.executed' : 'r.executed';
    // Which table `p` is: the summary (or its rollup) for the summary paths, else the project rows.
    const table = {
      execution_summary: byRegion
        ? 'execution_region_summary'
        : bySection
          ? 'execution_section_summary'
          : 'execution_summary',
      latest: byGradeOrFlag
        ? latestBySection
          ? 'latest_grade_section_summary'
          : 'latest_grade_summary'
        : latestBySection
          ? 'latest_section_summary'
          : 'latest_summary',
      flagged: byRegion ? 'execution_flag_region_summary' : 'execution_flag_summary',
      reports: 'project',
      projects: 'project',
    }[from];
    return `SELECT ${[
      ...select,
      `${fromSummary ? 'sum(p.project_count)' : 'count(*)'}::int AS n`,
      `COALESCE(sum(${budget}), 0) AS budget`,
      `COALESCE(sum(${executed}), 0) AS executed`,
    ].join(', ')}
       FROM ${table} p ${rollup ? '' : 'JOIN unit u ON u.id = p.unit_id'} ${joins.join('\n')}
      WHERE ${where}
      ${groupCols.length ? `GROUP BY ${groupCols.join(', ')}` : ''}`;
  };

  const keyCols = groupBy.flatMap((_d, i) => [`k${i}`, `l${i}`, `c${i}`, `r${i}`]);
  const order = keyCols.length ? `ORDER BY ${keyCols.filter((_c, i) => i % 4 === 0).join(', ')}` : '';
  const source = summary ? 'execution_summary' : latest ? 'latest' : perCheckpoint ? 'reports' : 'projects';
  // The flagged projects' rows, read once: at their level, and subtracted from the rows without a flag.
  const asNone = groupBy.flatMap((d, i) =>
    d === 'FLAG_LEVEL'
      ? [`${flagKey('0')} AS k${i}`, `${flagLabel('0')} AS l${i}`, `NULL::text AS c${i}`, `NULL::text AS r${i}`]
      : [`k${i}`, `l${i}`, `c${i}`, `r${i}`],
  );
  const sql = flagSplit
    ? `WITH flagged AS MATERIALIZED (${grouped('flagged')})
       SELECT ${[
         ...keyCols,
         'sum(n)::int AS n',
         'sum(budget)::text AS budget',
         'sum(executed)::text AS executed',
         `${executionRateSql('sum(executed)', 'sum(budget)')} AS rate`,
       ].join(', ')}
         FROM (${grouped('execution_summary', 'none')}
               UNION ALL SELECT ${[...asNone, '-n', '-budget', '-executed'].join(', ')} FROM flagged
               UNION ALL SELECT ${[...keyCols, 'n', 'budget', 'executed'].join(', ')} FROM flagged) x
        GROUP BY ${keyCols.join(', ')} HAVING sum(n) <> 0 ${order}`
    : `SELECT ${[
        ...keyCols,
        'n',
        'budget::text AS budget',
        'executed::text AS executed',
        `${executionRateSql('executed', 'budget')} AS rate`,
      ].join(', ')}
         FROM (${grouped(source)}) x ${order}`;
  const rows = (await db.query(sql, p.values)) as Record<string, any>[];
  return rows.map((r) => ({
    keys: groupBy.map((d, i) => ({
      dimension: d,
      key: String(r[`k${i}`]),
      label: String(r[`l${i}`]),
      code: (r[`c${i}`] as string | null) ?? null,
      regionCode: (r[`r${i}`] as string | null) ?? null,
    })),
    projectCount: r.n,
    budget: r.budget,
    executed: r.executed,
    executionRate: r.rate,
  }));
}
