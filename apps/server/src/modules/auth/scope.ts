import type { Viewer } from './viewer.js';

/**
 * Row scope: the one place that turns a viewer into SQL (DOMAIN.md, "Who sees what").
 * Each function appends its parameters to `params` and returns a condition using $n placeholders,
 * to be put inside the query that loads the rows — never applied after loading.
 */
export interface SqlParams {
  push(value: unknown): string;
  values: unknown[];
}

export function sqlParams(initial: unknown[] = []): SqlParams {
  const values = [...initial];
  return {
    values,
    push(value: unknown) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

/** A `%text%` pattern for ILIKE, with the user's own % _ and \\ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** Roles that may see classified units' rows (besides the unit itself). */
const SEES_CLASSIFIED = new Set(['LEADERSHIP', 'PERFORMANCE']);

export function seesClassifiedRows(v: Viewer): boolean {
  return v.tokenId === null && SEES_CLASSIFIED.has(v.role);
}

/**
 * An agency cleared for classified work (涉密资质, marked by an administrator) sees the classified projects it
 * is assigned, and their units — nothing else of a classified unit. An agency without it, and every BI token,
 * sees none. Read from the agency row at query time, so withdrawing the mark takes effect at once.
 */
function agencyCleared(v: Viewer, p: SqlParams): string {
  if (v.role !== 'AGENCY' || v.tokenId !== null) return 'FALSE';
  return `EXISTS (SELECT 1 FROM agency ca WHERE ca.id = ${p.push(v.agencyId)} AND ca.cleared_for_classified)`;
}

/** Regions (counties) a viewer's scope spans: its own county, or every county below an upper level or an administrator. */
function regionCondition(v: Viewer, regionColumn: string, p: SqlParams): string {
  if (v.role === 'UPPER_LEVEL' || v.role === 'ADMIN') {
    return `${regionColumn} IN (SELECT r.id FROM region r WHERE r.path LIKE ${p.push(`${v.regionPath}%`)})`;
  }
  return `${regionColumn} = ${p.push(v.regionId)}`;
}

/**
 * An administrator (系统管理员, role ADMIN) runs the system for a region — a county, a prefecture or a province —
 * and manages its people, not its figures: its project, unit and evaluation portfolios are empty (every
 * function below falls through to FALSE for it), so analytics show it nothing, not even totals; whoever
 * keeps the accounts does not thereby read the county's budget. What it administers is the organisation of
 * its region and every region below it: `administeredRegions`. A BI token never administers.
 */
export function administeredRegions(v: Viewer, p: SqlParams, regionColumn: string): string {
  if (v.role !== 'ADMIN' || v.tokenId !== null) return 'FALSE';
  return `${regionColumn} IN (SELECT ar.id FROM region ar WHERE ar.path LIKE ${p.push(`${v.regionPath}%`)})`;
}

/**
 * Projects in the viewer's portfolio, ignoring classification: what aggregates count
 * (classified units count in totals; grouped rows mask them, see `maskClassifiedUnit`).
 * `project` and `unit` are the aliases of the project and its unit in the query.
 */
export function projectPortfolio(v: Viewer, p: SqlParams, project = 'p', unit = 'u'): string {
  switch (v.role) {
    case 'LEADERSHIP':
    case 'PERFORMANCE':
    case 'BUDGET':
    case 'UPPER_LEVEL':
      return regionCondition(v, `${project}.region_id`, p);
    case 'BUSINESS_SECTION': {
      // The same condition said twice: on the project's unit as well, so the planner finds the section's projects
      // by the unit index. On the joined unit alone it walks the province's projects in code order to fill a
      // first page (1.2 s at a million projects, the county's codes sorting late; 7 ms this way).
      const s = p.push(v.sectionId);
      return `(${unit}.supervising_section_id = ${s} AND ${project}.unit_id = ANY(ARRAY(SELECT su.id FROM unit su WHERE su.supervising_section_id = ${s})))`;
    }
    case 'FUND_SECTION':
      return `(${regionCondition(v, `${project}.region_id`, p)} AND ${project}.fund_family = ${p.push(v.ownedFundFamily)})`;
    case 'UNIT':
      return `${project}.unit_id = ${p.push(v.unitId)}`;
    case 'AGENCY': {
      const a = p.push(v.agencyId);
      return `(${project}.id IN (SELECT e.project_id FROM evaluation e WHERE e.agency_id = ${a} AND e.project_id IS NOT NULL)
        OR ${project}.id IN (SELECT x.project_id FROM ex_ante_assessment x WHERE x.agency_id = ${a}))`;
    }
    default:
      return 'FALSE';
  }
}

/**
 * Projects a fund-owning section reviews and submits upward (审核上报) before the performance section confirms:
 * those of a fund family a fund section of the project's county owns, the same rows that section's portfolio
 * shows (`projectRows` for FUND_SECTION). A classified unit's project is out of the fund section's sight: the
 * performance section's own review covers it, as it stands in for the other sections.
 */
export function fundSectionOwnsProject(project = 'p', unit = 'u'): string {
  return `(NOT ${unit}.classified AND EXISTS (SELECT 1 FROM section fs WHERE fs.region_id = ${project}.region_id
    AND fs.kind = 'FUND' AND fs.owned_fund_family = ${project}.fund_family))`;
}

/**
 * Fund-family summaries (各资金类别绩效总结) the viewer may read: a fund section those of its own family; leadership
 * and the performance section every one of their counties; an upper level those of the counties below it.
 */
export function fundSummaryRows(v: Viewer, p: SqlParams, summary = 'fsm'): string {
  switch (v.role) {
    case 'LEADERSHIP':
    case 'PERFORMANCE':
    case 'UPPER_LEVEL':
      return regionCondition(v, `${summary}.region_id`, p);
    case 'FUND_SECTION':
      return `(${regionCondition(v, `${summary}.region_id`, p)} AND ${summary}.fund_family = ${p.push(v.ownedFundFamily)})`;
    default:
      return 'FALSE';
  }
}

/** Projects the viewer may see row by row: the portfolio minus classified units (unless allowed). */
export function projectRows(v: Viewer, p: SqlParams, project = 'p', unit = 'u'): string {
  const portfolio = projectPortfolio(v, p, project, unit);
  if (seesClassifiedRows(v)) return portfolio;
  if (v.role === 'UNIT' && v.tokenId === null) return portfolio; // a unit sees its own rows, classified or not
  if (v.role === 'AGENCY') return `(${portfolio} AND (NOT ${unit}.classified OR ${agencyCleared(v, p)}))`;
  return `(${portfolio} AND NOT ${unit}.classified)`;
}

/**
 * Projects of the viewer's portfolio it may not list because their units are classified: what its totals
 * count beyond its rows (a BI token's 2023 projects list 300 rows; the totals count these 21 more).
 */
export function classifiedHiddenProjects(v: Viewer, p: SqlParams, project = 'p', unit = 'u'): string {
  if (seesClassifiedRows(v)) return 'FALSE';
  return `(${unit}.classified AND ${projectPortfolio(v, p, project, unit)} AND NOT ${projectRows(v, p, project, unit)})`;
}

/** Units in the viewer's portfolio (unit-wide evaluations and targets), ignoring classification. */
export function unitPortfolio(v: Viewer, p: SqlParams, unit = 'u'): string {
  switch (v.role) {
    case 'LEADERSHIP':
    case 'PERFORMANCE':
    case 'BUDGET':
    case 'UPPER_LEVEL':
      return regionCondition(v, `${unit}.region_id`, p);
    case 'BUSINESS_SECTION':
      return `${unit}.supervising_section_id = ${p.push(v.sectionId)}`;
    case 'FUND_SECTION':
      // A fund section's portfolio is projects of its family, not whole units.
      return 'FALSE';
    case 'UNIT':
      return `${unit}.id = ${p.push(v.unitId)}`;
    case 'AGENCY':
      return `${unit}.id IN (SELECT e.unit_id FROM evaluation e WHERE e.agency_id = ${p.push(v.agencyId)} AND e.kind = 'UNIT_WIDE')`;
    default:
      return 'FALSE';
  }
}

/**
 * Units the viewer may see row by row. A fund section sees the units that run projects of its family;
 * an agency the units whose projects or unit-wide evaluations it is assigned.
 */
export function unitRows(v: Viewer, p: SqlParams, unit = 'u'): string {
  if (v.role === 'FUND_SECTION') {
    return `(${unit}.id IN (SELECT fp.unit_id FROM project fp WHERE fp.fund_family = ${p.push(v.ownedFundFamily)}
              AND ${regionCondition(v, 'fp.region_id', p)}) AND NOT ${unit}.classified)`;
  }
  if (v.role === 'AGENCY') {
    return `(${unit}.id IN (SELECT e.unit_id FROM evaluation e WHERE e.agency_id = ${p.push(v.agencyId)}
              UNION SELECT xp.unit_id FROM ex_ante_assessment x JOIN project xp ON xp.id = x.project_id WHERE x.agency_id = ${p.push(v.agencyId)})
              AND (NOT ${unit}.classified OR ${agencyCleared(v, p)}))`;
  }
  const portfolio = unitPortfolio(v, p, unit);
  if (seesClassifiedRows(v) || (v.role === 'UNIT' && v.tokenId === null)) return portfolio;
  return `(${portfolio} AND NOT ${unit}.classified)`;
}

/**
 * Evaluations the viewer may see: an agency those assigned to it; others those of their projects
 * (row scope) and the unit-wide ones of their units. Needs the evaluation as `e`, its project `p`
 * (LEFT JOIN) and its unit `u`. `of` keeps only the projects' evaluations (then `p` may be an inner join)
 * or only the unit-wide ones (then there is no `p`): a count in two parts lets the planner start each from
 * the viewer's projects or units, which the OR of both hides from it.
 */
export function evaluationRows(
  v: Viewer,
  p: SqlParams,
  evaluation = 'e',
  project = 'p',
  unit = 'u',
  of: 'all' | 'projects' | 'unitWide' = 'all',
): string {
  const kind =
    of === 'projects'
      ? ` AND ${evaluation}.project_id IS NOT NULL`
      : of === 'unitWide'
        ? ` AND ${evaluation}.project_id IS NULL`
        : '';
  if (v.role === 'AGENCY') {
    return `(${evaluation}.agency_id = ${p.push(v.agencyId)} AND (NOT ${unit}.classified OR ${agencyCleared(v, p)})${kind})`;
  }
  // A fund section's portfolio is projects of its family: unit-wide evaluations are not part of it.
  const projects = () => `(${evaluation}.project_id IS NOT NULL AND ${projectRows(v, p, project, unit)})`;
  const unitWide = () =>
    `(${evaluation}.project_id IS NULL AND ${v.role === 'FUND_SECTION' ? 'FALSE' : unitRows(v, p, unit)})`;
  const rows =
    of === 'projects' ? projects() : of === 'unitWide' ? unitWide() : `(${projects()}\n        OR ${unitWide()})`;
  // A region-wide viewer's evaluations all belong to units of its regions. Said outright beside the OR, the
  // planner can start from those units instead of reading every evaluation of the province.
  const regionWide =
    v.role === 'LEADERSHIP' || v.role === 'PERFORMANCE' || v.role === 'BUDGET' || v.role === 'UPPER_LEVEL';
  return regionWide ? `(${rows} AND ${unitPortfolio(v, p, unit)})` : rows;
}

/** Sections, checkpoints, regions: the organisation of the viewer's counties (an administrator's: its subtree), visible to all of them. */
export function regionRows(v: Viewer, p: SqlParams, regionColumn: string): string {
  return regionCondition(v, regionColumn, p);
}

/**
 * The indicator library a region uses (issue 11 §2): the national templates (no region) and those of the
 * region and of every region above it — a county uses the province's, the prefecture's and its own.
 * `regionPath` is a SQL expression giving the region's path ('/1/2/3/'), e.g. a pushed parameter or a column.
 */
export function libraryOf(regionPath: string, regionColumn: string): string {
  return `(${regionColumn} IS NULL OR ${regionColumn} IN (SELECT lr.id FROM region lr WHERE ${regionPath} LIKE lr.path || '%'))`;
}

/**
 * Indicator-library templates the viewer may see: the library its region uses (`libraryOf`); an administrator
 * or an upper level also the templates of the regions below it, which it oversees.
 */
export function templateRows(v: Viewer, p: SqlParams, regionColumn: string): string {
  const own = libraryOf(p.push(v.regionPath), regionColumn);
  if (v.role !== 'ADMIN' && v.role !== 'UPPER_LEVEL') return own;
  return `(${own} OR ${regionColumn} IN (SELECT sr.id FROM region sr WHERE sr.path LIKE ${p.push(`${v.regionPath}%`)}))`;
}

/**
 * Whether the viewer administers the region at `regionPath` (its own or one below it), as `administeredRegions`
 * says in SQL: for showing what a page may offer to change; the change itself is checked in SQL.
 */
export function administersPath(v: Viewer, regionPath: string | null): boolean {
  return v.role === 'ADMIN' && v.tokenId === null && regionPath !== null && regionPath.startsWith(v.regionPath);
}

/**
 * Quarterly reports upward (季度工作情况上报) the viewer may see: a county's performance section and leadership
 * those of their county; an upper level those of the counties below it. Nobody else (issue 13 §3).
 */
export function quarterlyReportRows(v: Viewer, p: SqlParams, report = 'q'): string {
  if (!['PERFORMANCE', 'LEADERSHIP', 'UPPER_LEVEL'].includes(v.role)) return 'FALSE';
  return regionCondition(v, `${report}.region_id`, p);
}

/**
 * Evaluations of lower governments (对下级政府预算绩效管理评价) the viewer may read: an upper level those of the
 * counties below it; a county's performance section and leadership their own county's only.
 */
export function governmentEvaluationRows(v: Viewer, p: SqlParams, evaluation = 'ge'): string {
  if (!['PERFORMANCE', 'LEADERSHIP', 'UPPER_LEVEL'].includes(v.role)) return 'FALSE';
  return regionCondition(v, `${evaluation}.region_id`, p);
}

/**
 * Those the viewer evaluates (selects, scores, returns): an upper level (not a BI token) only those it made itself,
 * of a county below it. A county writes none of these (its own self-report is `governmentEvaluationRows`).
 */
export function governmentEvaluationsEvaluated(v: Viewer, p: SqlParams, evaluation = 'ge'): string {
  if (v.role !== 'UPPER_LEVEL' || v.tokenId !== null) return 'FALSE';
  return `(${evaluation}.by_region_id = ${p.push(v.regionId)} AND ${regionCondition(v, `${evaluation}.region_id`, p)})`;
}

/** Counties an upper level may select for evaluation: the counties below it (never itself). */
export function countiesEvaluated(v: Viewer, p: SqlParams, region = 'r'): string {
  if (v.role !== 'UPPER_LEVEL' || v.tokenId !== null) return 'FALSE';
  return `(${region}.level = 'COUNTY' AND ${region}.id <> ${p.push(v.regionId)} AND ${regionCondition(v, `${region}.id`, p)})`;
}

/** Agencies the viewer may see: an agency only itself; everyone else the agencies of their regions. */
export function agencyRows(v: Viewer, p: SqlParams, agency = 'a'): string {
  if (v.role === 'AGENCY') return `${agency}.id = ${p.push(v.agencyId)}`;
  return regionCondition(v, `${agency}.region_id`, p);
}

/**
 * Checks of agencies' work (定向检查、随机抽查) the viewer may see: an agency those of its own work; the performance
 * section, leadership (and its BI tokens) and an upper level those of their counties — but a viewer who may not
 * see classified units' rows, none of a classified unit's work. `unit` is the unit of the work checked.
 */
export function agencyCheckRows(v: Viewer, p: SqlParams, check = 'c', unit = 'u'): string {
  if (v.role === 'AGENCY') return v.tokenId === null ? `${check}.agency_id = ${p.push(v.agencyId)}` : 'FALSE';
  if (!['PERFORMANCE', 'LEADERSHIP', 'UPPER_LEVEL'].includes(v.role)) return 'FALSE';
  const rows = regionCondition(v, `${check}.region_id`, p);
  return seesClassifiedRows(v) ? rows : `(${rows} AND NOT ${unit}.classified)`;
}

/**
 * Agencies' work (key evaluations, ex-ante re-assessments) the viewer may take for a check: all of its county's,
 * but a viewer who may not see classified units' rows none of a classified unit's. `unit` is the work's unit.
 */
export function agencyWorkRows(v: Viewer, unit = 'u'): string {
  return seesClassifiedRows(v) ? 'TRUE' : `NOT ${unit}.classified`;
}

/** Agency ratings the viewer may see: an agency sees its own once published; the county's people see all of theirs. */
export function ratingRows(v: Viewer, p: SqlParams, rating = 'ar', agency = 'a'): string {
  const rows = agencyRows(v, p, agency);
  return v.role === 'AGENCY' ? `(${rows} AND ${rating}.published)` : rows;
}

/**
 * In grouped results, a classified unit the viewer may not see row by row is merged into one bucket,
 * so it still counts in totals without being shown. `code` and `regionCode` (the unit's code and its county's
 * division code, for readable addresses) are null for that bucket; `regionCode` needs `region` joined on the unit.
 */
export function maskClassifiedUnit(
  v: Viewer,
  unit = 'u',
  region = 'ur',
): { key: string; label: string; code: string; regionCode: string } {
  if (seesClassifiedRows(v)) {
    return { key: `${unit}.id::text`, label: `${unit}.name`, code: `${unit}.code`, regionCode: `${region}.code` };
  }
  const own = v.role === 'UNIT' && v.tokenId === null ? ` OR ${unit}.id = ${Number(v.unitId)}` : '';
  const masked = `${unit}.classified AND NOT (FALSE${own})`;
  return {
    key: `CASE WHEN ${masked} THEN 'CLASSIFIED' ELSE ${unit}.id::text END`,
    label: `CASE WHEN ${masked} THEN '涉密单位' ELSE ${unit}.name END`,
    code: `CASE WHEN ${masked} THEN NULL ELSE ${unit}.code END`,
    regionCode: `CASE WHEN ${masked} THEN NULL ELSE ${region}.code END`,
  };
}

/**
 * Evaluations an aggregate counts (grade distributions, disclosure): an agency only those assigned to it —
 * never the self or department evaluations of its projects, which it cannot see; everyone else those of its
 * project and unit portfolios, classified units included (they count in totals). Needs `e`, `p` (LEFT JOIN), `u`.
 */
export function evaluationPortfolio(v: Viewer, p: SqlParams, evaluation = 'e', project = 'p', unit = 'u'): string {
  if (v.role === 'AGENCY') return `${evaluation}.agency_id = ${p.push(v.agencyId)}`;
  return `(CASE WHEN ${evaluation}.project_id IS NULL THEN ${unitPortfolio(v, p, unit)}
    ELSE ${projectPortfolio(v, p, project, unit)} END)`;
}

/**
 * The unit an audit entry's row belongs to, for the entity types that belong to one (null for the others:
 * rule sets, checkpoints, regions, agencies, tokens…). `a` is the audit_log row.
 */
function auditEntryUnit(a: string): string {
  const id = `${a}.entity_id::int`;
  const viaProject = (table: string) =>
    `(SELECT xp.unit_id FROM ${table} xr JOIN project xp ON xp.id = xr.project_id WHERE xr.id = ${id})`;
  const byEntity: Record<string, string> = {
    Project: `(SELECT x.unit_id FROM project x WHERE x.id = ${id})`,
    ProjectTargets: `(SELECT x.unit_id FROM project x WHERE x.id = ${id})`,
    Evaluation: `(SELECT x.unit_id FROM evaluation x WHERE x.id = ${id})`,
    AuthenticityCheck: `(SELECT xe.unit_id FROM authenticity_check x JOIN evaluation xe ON xe.id = x.evaluation_id WHERE x.id = ${id})`,
    ExAnteAssessment: viaProject('ex_ante_assessment'),
    MonitoringReport: viaProject('monitoring_report'),
    Flag: viaProject('flag'),
    TargetAdjustment: viaProject('target_adjustment'),
    ResultApplication: viaProject('result_application'),
    FundRecall: viaProject('fund_recall'),
    SupervisionFinding: viaProject('supervision_finding'),
    AgencyCheck: `(SELECT x.unit_id FROM agency_check x WHERE x.id = ${id})`,
    UnitWideTargets: `(SELECT x.unit_id FROM unit_wide_target x WHERE x.id = ${id})`,
    UnitWideReport: `(SELECT xt.unit_id FROM unit_wide_report xr JOIN unit_wide_target xt ON xt.id = xr.target_id WHERE xr.id = ${id})`,
    UnitWideFlag: `(SELECT xt.unit_id FROM unit_wide_flag xf JOIN unit_wide_target xt ON xt.id = xf.target_id WHERE xf.id = ${id})`,
    Unit: id,
    DepartmentEvaluation: id,
    User: `(SELECT x.unit_id FROM app_user x WHERE x.id = ${id})`,
  };
  const cases = Object.entries(byEntity)
    .map(([entity, sql]) => `WHEN '${entity}' THEN ${sql}`)
    .join(' ');
  return `CASE WHEN ${a}.entity_id ~ '^[0-9]{1,9}$' THEN CASE ${a}.entity ${cases} END END`;
}

/**
 * Audit entries the viewer may read (the auditLog is leadership's and the performance section's): all of
 * their county's, except — for a viewer who may not see classified units' rows, i.e. their BI tokens — the
 * entries about a classified unit's rows (with their before and after) and those its own users made.
 * `a` is the audit_log row, `actor` its user (LEFT JOIN).
 */
export function auditRows(v: Viewer, a = 'a', actor = 'usr'): string {
  if (seesClassifiedRows(v)) return 'TRUE';
  return `NOT EXISTS (SELECT 1 FROM unit cu WHERE cu.classified
    AND (cu.id = ${actor}.unit_id OR cu.id = ${auditEntryUnit(a)}))`;
}
