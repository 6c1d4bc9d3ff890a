import type { DataSource } from 'typeorm';
import type { FlagLevel, FundFamily, Grade } from '@jixiao/schema/enums';
import { toGlobalId } from '../../graphql/global-id.js';
import {
  agencyRows,
  containsPattern,
  evaluationRows,
  projectRows,
  ratingRows,
  regionRows,
  sqlParams,
  unitRows,
  type SqlParams,
} from '../auth/scope.js';
import type { Viewer } from '../auth/viewer.js';
import type {
  ExAnteAssessment,
  Agency,
  AgencyRating,
  Checkpoint,
  Evaluation,
  Finding,
  Flag,
  FlagEvent,
  Indicator,
  IndicatorActual,
  IndicatorDraft,
  MonitoringReport,
  Project,
  ResultApplication,
  Section,
  TargetAdjustment,
  Unit,
} from './graph.types.js';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';

// Every read of the graph goes through here: each query carries the viewer's row scope in its WHERE,
// so a row outside scope is never loaded (and is indistinguishable from one that does not exist).

type Row = Record<string, any>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
/** numeric(18,4) as text without the padding zeros: '1500.0000' → '1500', '95.5000' → '95.5'. */
const measure = (v: string | null) => (v === null ? null : v.includes('.') ? v.replace(/\.?0+$/, '') : v);
const PROJECT_FROM = `FROM project p JOIN unit u ON u.id = p.unit_id`;

export const PROJECT_COLUMNS = `p.id, p.code, p.name, p.year, p.budget::text AS budget, p.fund_family, p.kind, p.is_key,
  p.in_annual_budget, p.budgeted_on::text AS budgeted_on, p.purchase_of_services, p.target_status, p.unit_id, p.version,
  p.targets_published_on::text AS targets_published_on`;

export const mapProject = (r: Row): Project =>
  ({
    __typename: 'Project',
    id: toGlobalId('Project', r.id),
    dbId: r.id,
    unitId: r.unit_id,
    code: r.code,
    name: r.name,
    year: r.year,
    budget: r.budget,
    fundFamily: r.fund_family,
    kind: r.kind,
    isKey: r.is_key,
    inAnnualBudget: r.in_annual_budget,
    budgetedOn: r.budgeted_on,
    purchaseOfServices: r.purchase_of_services,
    targetStatus: r.target_status,
    version: r.version,
    targetsPublishedOn: r.targets_published_on,
  }) as Project;

export const mapUnit = (r: Row): Unit =>
  ({
    __typename: 'Unit',
    id: toGlobalId('Unit', r.id),
    dbId: r.id,
    sectionId: r.supervising_section_id,
    code: r.code,
    name: r.name,
    classified: r.classified,
  }) as Unit;

const mapSection = (r: Row): Section =>
  ({
    __typename: 'Section',
    id: toGlobalId('Section', r.id),
    dbId: r.id,
    regionId: r.region_id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    ownedFundFamily: r.owned_fund_family,
  }) as Section;

const mapAgency = (r: Row): Agency =>
  ({
    __typename: 'Agency',
    id: toGlobalId('Agency', r.id),
    dbId: r.id,
    code: r.code,
    name: r.name,
    creditCode: r.credit_code,
  }) as Agency;

const mapCheckpoint = (r: Row): Checkpoint =>
  ({
    __typename: 'Checkpoint',
    id: toGlobalId('Checkpoint', r.id),
    dbId: r.id,
    regionId: r.region_id,
    year: r.year,
    month: r.month,
    scope: r.scope,
    daysOverdue: r.days_overdue,
    periodEnd: r.period_end,
    reportDue: r.report_due,
    status: r.status,
    version: r.version,
  }) as Checkpoint;

export const REPORT_COLUMNS = `r.id, r.project_id, r.checkpoint_id, r.budget::text AS budget, r.executed::text AS executed,
  CASE WHEN r.budget > 0 THEN (r.executed / r.budget)::float8 ELSE 1 END AS rate, r.status, r.failed, r.failure_reasons,
  r.submitted_on::text AS submitted_on, r.review_comment, r.version`;
export const mapReport = (r: Row): MonitoringReport =>
  ({
    __typename: 'MonitoringReport',
    id: toGlobalId('MonitoringReport', r.id),
    dbId: r.id,
    projectId: r.project_id,
    checkpointId: r.checkpoint_id,
    budget: r.budget,
    executed: r.executed,
    executionRate: r.rate,
    status: r.status,
    failed: r.failed,
    submittedOn: r.submitted_on,
    reviewComment: r.review_comment,
    version: r.version,
    failureReasons: (r.failure_reasons ?? []).map((x: Row) => ({
      code: x.code,
      indicatorIndex: x.indicatorIndex ?? null,
    })),
  }) as MonitoringReport;

const INDICATOR_COLUMNS = `i.id, i.project_id, i.level1, i.level2, i.name, i.comparator, i.target_value::text AS target_value,
  i.target_text, i.unit_of_measure, i.weight::float8 AS weight, i.is_key, i.template_id, i.retired_on::text AS retired_on,
  (SELECT json_build_object('id', ti.id, 'name', ti.name, 'tp', tp.name, 'doc', tp.document_no, 'upper', trim_scale(ti.target_value)::text)
     FROM transfer_payment_indicator ti JOIN transfer_payment tp ON tp.id = ti.transfer_payment_id WHERE ti.id = i.transfer_indicator_id) AS transfer`;
const mapIndicator = (r: Row): Indicator =>
  ({
    __typename: 'Indicator',
    id: toGlobalId('Indicator', r.id),
    dbId: r.id,
    projectId: r.project_id,
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    comparator: r.comparator,
    targetValue: measure(r.target_value),
    targetText: r.target_text,
    unitOfMeasure: r.unit_of_measure,
    weight: r.weight,
    isKey: r.is_key,
    custom: r.template_id === null,
    templateId: r.template_id === null ? null : toGlobalId('IndicatorTemplate', r.template_id),
    retiredOn: r.retired_on,
    transferIndicator:
      r.transfer == null
        ? null
        : {
            id: toGlobalId('TransferIndicator', r.transfer.id),
            name: r.transfer.name,
            transferPaymentName: r.transfer.tp,
            documentNo: r.transfer.doc,
            upperValue: r.transfer.upper,
          },
  }) as Indicator;

export const FLAG_COLUMNS = `f.id, f.project_id, f.level, f.status, f.deadline::text AS deadline, f.owner_name, f.rectification_plan,
  f.evidence, f.closed_on::text AS closed_on, f.proposed_reduction::text AS proposed_reduction, f.raised_checkpoint_id,
  f.escalated_checkpoint_id, f.version, CASE WHEN f.status = 'OPEN' AND f.deadline < current_date THEN current_date - f.deadline ELSE 0 END AS overdue`;
export const mapFlag = (r: Row): Flag =>
  ({
    __typename: 'Flag',
    id: toGlobalId('Flag', r.id),
    dbId: r.id,
    projectId: r.project_id,
    level: r.level,
    status: r.status,
    deadline: r.deadline,
    daysOverdue: r.overdue,
    ownerName: r.owner_name,
    rectificationPlan: r.rectification_plan,
    evidence: r.evidence,
    closedOn: r.closed_on,
    proposedReduction: r.proposed_reduction,
    raisedCheckpointId: r.raised_checkpoint_id,
    escalatedCheckpointId: r.escalated_checkpoint_id,
    version: r.version,
  }) as Flag;

export const EVALUATION_COLUMNS = `e.id, e.year, e.kind, e.project_id, e.unit_id, e.agency_id, e.status, e.budget::text AS budget,
  e.executed::text AS executed, e.score::float8 AS score, e.expert_score::float8 AS expert_score, e.grade, e.uncapped_grade,
  e.caps, e.authenticity_failed, e.report_name, e.evaluated_on::text AS evaluated_on, e.published_on::text AS published_on, e.explanation, e.version`;
export const mapEvaluation = (r: Row): Evaluation =>
  ({
    __typename: 'Evaluation',
    id: toGlobalId('Evaluation', r.id),
    dbId: r.id,
    projectId: r.project_id,
    unitId: r.unit_id,
    agencyId: r.agency_id,
    year: r.year,
    kind: r.kind,
    status: r.status,
    budget: r.budget,
    executed: r.executed,
    score: num(r.score),
    expertScore: num(r.expert_score),
    grade: r.grade,
    uncappedGrade: r.uncapped_grade,
    caps: (r.caps ?? []).map((c: Row) => ({ code: c.code, zh: c.zh, en: c.en, applied: !!c.applied })),
    authenticityFailed: r.authenticity_failed,
    reportName: r.report_name,
    evaluatedOn: r.evaluated_on,
    publishedOn: r.published_on,
    explanation: r.explanation,
    version: r.version,
    // A scored self-evaluation still a draft was sent back (see EvaluationService.submitSelf).
    rectificationRequired: r.kind === 'SELF' && r.status === 'DRAFT' && r.score !== null,
  }) as Evaluation;

const mapFinding = (r: Row): Finding =>
  ({
    __typename: 'Finding',
    id: toGlobalId('Finding', r.id),
    dbId: r.id,
    evaluationId: r.evaluation_id,
    category: r.category,
    text: r.text,
    suggestion: r.suggestion,
    upheld: r.upheld,
  }) as Finding;

const mapResultApplication = (r: Row): ResultApplication =>
  ({
    __typename: 'ResultApplication',
    id: toGlobalId('ResultApplication', r.id),
    dbId: r.id,
    projectId: r.project_id,
    evaluationId: r.evaluation_id,
    targetYear: r.target_year,
    grade: r.grade,
    baseBudget: r.base_budget,
    cutShare: Number(r.cut_share),
    proposedCut: r.proposed_cut,
    acceptedCut: r.accepted_cut,
    status: r.status,
    reason: r.reason,
    version: r.version,
  }) as ResultApplication;

const mapRating = (r: Row): AgencyRating =>
  ({
    __typename: 'AgencyRating',
    id: toGlobalId('AgencyRating', r.id),
    dbId: r.id,
    agencyId: r.agency_id,
    year: r.year,
    quantity: Number(r.quantity),
    quality: Number(r.quality),
    effect: Number(r.effect),
    satisfaction: Number(r.satisfaction),
    score: Number(r.score),
    rating: r.rating,
    published: r.published,
  }) as AgencyRating;

const mapDraft = (d: Row): IndicatorDraft => ({
  level1: d.level1,
  level2: d.level2,
  name: d.name,
  comparator: d.comparator,
  targetValue: d.targetValue ?? null,
  targetText: d.targetText ?? null,
  unitOfMeasure: d.unitOfMeasure ?? null,
  weight: Number(d.weight),
  isKey: d.isKey ?? null,
  templateId: d.templateId == null ? null : toGlobalId('IndicatorTemplate', d.templateId),
  transferIndicatorId: d.transferIndicatorId == null ? null : toGlobalId('TransferIndicator', d.transferIndicatorId),
});

const mapAdjustment = (r: Row): TargetAdjustment =>
  ({
    __typename: 'TargetAdjustment',
    id: toGlobalId('TargetAdjustment', r.id),
    dbId: r.id,
    projectId: r.project_id,
    checkpointId: r.checkpoint_id,
    reason: r.reason,
    before: (r.before ?? []).map(mapDraft),
    proposed: (r.proposed ?? []).map(mapDraft),
    status: r.status,
    decisionComment: r.decision_comment,
    requestedAt: r.requested_at,
    decidedOn: r.decided_on,
    version: r.version,
  }) as TargetAdjustment;

export interface ProjectFilterValues {
  year?: number | null;
  targetStatus?: string | null;
  kind?: string | null;
  targetsPublished?: boolean | null;
  adjustmentPending?: boolean | null;
  exAnteStatus?: string | null;
  classified?: boolean | null;
  sectionId?: number | null;
  unitId?: number | null;
  fundFamily?: FundFamily | null;
  flagLevel?: FlagLevel | null;
  grade?: Grade | null;
  isKey?: boolean | null;
  search?: string | null;
}

/** The WHERE conditions of a project filter (appended to the scope). */
export function projectFilterSql(f: ProjectFilterValues, p: SqlParams): string {
  const c: string[] = [];
  if (f.year != null) c.push(`p.year = ${p.push(f.year)}`);
  if (f.sectionId != null) c.push(`u.supervising_section_id = ${p.push(f.sectionId)}`);
  if (f.unitId != null) c.push(`p.unit_id = ${p.push(f.unitId)}`);
  if (f.fundFamily != null) c.push(`p.fund_family = ${p.push(f.fundFamily)}`);
  if (f.isKey != null) c.push(`p.is_key = ${p.push(f.isKey)}`);
  if (f.kind != null) c.push(`p.kind = ${p.push(f.kind)}`);
  if (f.targetStatus != null) c.push(`p.target_status = ${p.push(f.targetStatus)}`);
  if (f.targetsPublished != null)
    c.push(f.targetsPublished ? 'p.targets_published_on IS NOT NULL' : 'p.targets_published_on IS NULL');
  if (f.adjustmentPending != null) {
    c.push(
      `${f.adjustmentPending ? '' : 'NOT '}EXISTS (SELECT 1 FROM target_adjustment ta WHERE ta.project_id = p.id AND ta.status = 'PENDING')`,
    );
  }
  if (f.classified != null) c.push(f.classified ? 'u.classified' : 'NOT u.classified');
  if (f.exAnteStatus != null)
    c.push(
      `EXISTS (SELECT 1 FROM ex_ante_assessment xa WHERE xa.project_id = p.id AND xa.status = ${p.push(f.exAnteStatus)})`,
    );
  if (f.flagLevel != null) {
    c.push(
      `EXISTS (SELECT 1 FROM flag fl WHERE fl.project_id = p.id AND fl.status = 'OPEN' AND fl.level = ${p.push(f.flagLevel)})`,
    );
  }
  if (f.grade != null) {
    c.push(
      `EXISTS (SELECT 1 FROM evaluation ev WHERE ev.project_id = p.id AND ev.kind = 'SELF' AND ev.grade = ${p.push(f.grade)})`,
    );
  }
  if (f.search) {
    const like = containsPattern(f.search);
    c.push(`(p.name ILIKE ${p.push(like)} OR p.code ILIKE ${p.push(like)})`);
  }
  return c.length ? ` AND ${c.join(' AND ')}` : '';
}

/** Groups rows by a key, keeping the order of `keys` (DataLoader's contract). */
export function groupBy<T>(keys: readonly number[], rows: Row[], key: string, map: (r: Row) => T): T[][] {
  const by = new Map<number, T[]>();
  for (const r of rows) {
    const k = r[key] as number;
    if (!by.has(k)) by.set(k, []);
    by.get(k)!.push(map(r));
  }
  return keys.map((k) => by.get(k) ?? []);
}

function byId<T>(keys: readonly number[], rows: Row[], map: (r: Row) => T): (T | null)[] {
  const by = new Map(rows.map((r) => [r.id as number, map(r)]));
  return keys.map((k) => by.get(k) ?? null);
}

/** Batched, scoped reads for one viewer (the DataLoaders call these). */
export class GraphReader {
  constructor(
    private readonly db: DataSource,
    private readonly v: Viewer,
  ) {}

  private async q(sql: (p: SqlParams) => string, initial: unknown[]): Promise<Row[]> {
    const p = sqlParams(initial);
    const text = sql(p);
    return this.db.query(text, p.values);
  }

  async projects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${PROJECT_COLUMNS} ${PROJECT_FROM} WHERE p.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapProject);
  }

  async units(ids: readonly number[]) {
    const rows = await this.q((p) => `SELECT u.* FROM unit u WHERE u.id = ANY($1) AND ${unitRows(this.v, p)}`, [ids]);
    return byId(ids, rows, mapUnit);
  }

  async sections(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT s.* FROM section s WHERE s.id = ANY($1) AND ${regionRows(this.v, p, 's.region_id')}`,
      [ids],
    );
    return byId(ids, rows, mapSection);
  }

  async agencies(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT a.* FROM agency a WHERE a.id = ANY($1) AND ${agencyRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapAgency);
  }

  async checkpoints(ids: readonly number[]) {
    const rows = await this.q(
      (
        p,
      ) => `SELECT c.id, c.region_id, c.year, c.month, c.scope, c.period_end::text AS period_end, c.report_due::text AS report_due, c.status, c.version,
                     GREATEST(0, current_date - c.report_due)::int AS days_overdue
                FROM monitoring_checkpoint c WHERE c.id = ANY($1) AND ${regionRows(this.v, p, 'c.region_id')}`,
      [ids],
    );
    return byId(ids, rows, mapCheckpoint);
  }

  async reports(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${REPORT_COLUMNS} FROM monitoring_report r JOIN project p ON p.id = r.project_id
      JOIN unit u ON u.id = p.unit_id WHERE r.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapReport);
  }

  async indicators(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${INDICATOR_COLUMNS} FROM project_indicator i JOIN project p ON p.id = i.project_id
      JOIN unit u ON u.id = p.unit_id WHERE i.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapIndicator);
  }

  async flags(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${FLAG_COLUMNS} FROM flag f JOIN project p ON p.id = f.project_id
      JOIN unit u ON u.id = p.unit_id WHERE f.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapFlag);
  }

  async evaluations(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${EVALUATION_COLUMNS} FROM evaluation e LEFT JOIN project p ON p.id = e.project_id
      JOIN unit u ON u.id = e.unit_id WHERE e.id = ANY($1) AND ${evaluationRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapEvaluation);
  }

  async findings(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT f.* FROM evaluation_finding f JOIN evaluation e ON e.id = f.evaluation_id
      LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id
      WHERE f.id = ANY($1) AND ${evaluationRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapFinding);
  }

  async resultApplications(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ra.*, ra.base_budget::text AS base_budget, ra.proposed_cut::text AS proposed_cut,
        ra.accepted_cut::text AS accepted_cut FROM result_application ra JOIN project p ON p.id = ra.project_id
        JOIN unit u ON u.id = p.unit_id WHERE ra.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapResultApplication);
  }

  async agencyRatings(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ar.* FROM agency_rating ar JOIN agency a ON a.id = ar.agency_id
      WHERE ar.id = ANY($1) AND ${ratingRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapRating);
  }

  // --- one-to-many, batched by parent ----------------------------------------------------------------

  async indicatorsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${INDICATOR_COLUMNS} FROM project_indicator i JOIN project p ON p.id = i.project_id
      JOIN unit u ON u.id = p.unit_id WHERE i.project_id = ANY($1) AND i.retired_on IS NULL AND ${projectRows(this.v, p)} ORDER BY i.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapIndicator);
  }

  async reportsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${REPORT_COLUMNS} FROM monitoring_report r JOIN project p ON p.id = r.project_id
      JOIN unit u ON u.id = p.unit_id JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
      WHERE r.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY c.period_end`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapReport);
  }

  async flagsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${FLAG_COLUMNS} FROM flag f JOIN project p ON p.id = f.project_id
      JOIN unit u ON u.id = p.unit_id WHERE f.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY f.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapFlag);
  }

  async evaluationsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${EVALUATION_COLUMNS} FROM evaluation e JOIN project p ON p.id = e.project_id
      JOIN unit u ON u.id = e.unit_id WHERE e.project_id = ANY($1) AND ${evaluationRows(this.v, p)} ORDER BY e.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapEvaluation);
  }

  async resultApplicationsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ra.*, ra.base_budget::text AS base_budget, ra.proposed_cut::text AS proposed_cut,
        ra.accepted_cut::text AS accepted_cut FROM result_application ra JOIN project p ON p.id = ra.project_id
        JOIN unit u ON u.id = p.unit_id WHERE ra.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY ra.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapResultApplication);
  }

  async actualsOfReports(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT a.report_id, a.project_indicator_id, a.planned_value::text AS planned_value,
        a.actual_value::text AS actual_value, a.explanation FROM indicator_actual a JOIN monitoring_report r ON r.id = a.report_id
        JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
        WHERE a.report_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY a.project_indicator_id`,
      [ids],
    );
    return groupBy(
      ids,
      rows,
      'report_id',
      (r): IndicatorActual =>
        ({
          indicatorId: r.project_indicator_id,
          plannedValue: measure(r.planned_value),
          actualValue: measure(r.actual_value),
          explanation: r.explanation,
        }) as IndicatorActual,
    );
  }

  async eventsOfFlags(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT fe.flag_id, fe.kind, fe.level, fe.occurred_on::text AS occurred_on, fe.note
        FROM flag_event fe JOIN flag f ON f.id = fe.flag_id JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
        WHERE fe.flag_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY fe.occurred_on, fe.id`,
      [ids],
    );
    return groupBy(
      ids,
      rows,
      'flag_id',
      (r): FlagEvent => ({ kind: r.kind, level: r.level, occurredOn: r.occurred_on, note: r.note }) as FlagEvent,
    );
  }

  async findingsOfEvaluations(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT f.* FROM evaluation_finding f JOIN evaluation e ON e.id = f.evaluation_id
      LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id
      WHERE f.evaluation_id = ANY($1) AND ${evaluationRows(this.v, p)} ORDER BY f.id`,
      [ids],
    );
    return groupBy(ids, rows, 'evaluation_id', mapFinding);
  }

  async exAnteOfProjects(ids: readonly number[]) {
    // The threshold of an agency re-assessment is the project year's rule (the default when the year has none).
    const rows = await this.q(
      (
        p,
      ) => `SELECT x.*, x.pes_score::float8 AS score, x.submitted_on::text AS submitted, x.concluded_on::text AS concluded,
          x.agency_sent_on::text AS agency_sent, x.agency_reviewed_on::text AS agency_reviewed,
          p.budget >= COALESCE((SELECT (rs.rules #>> '{exAnte,agencyReassessmentFrom}')::numeric FROM rule_set rs
                                 WHERE rs.region_id = p.region_id AND rs.year = p.year), ${p.push(DEFAULT_RULE_SET.exAnte.agencyReassessmentFrom)}::numeric) AS reassess
        FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id JOIN unit u ON u.id = p.unit_id
        WHERE x.project_id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    const by = new Map(
      rows.map((r) => [
        r.project_id as number,
        {
          __typename: 'ExAnteAssessment',
          id: toGlobalId('ExAnteAssessment', r.id),
          dbId: r.id,
          projectId: r.project_id,
          version: r.version,
          status: r.status,
          necessity: r.necessity,
          feasibility: r.feasibility,
          targetReasonableness: r.target_reasonableness,
          fundingPlan: r.funding_plan,
          attachmentNames: r.attachment_names ?? [],
          sectionOpinion: r.section_opinion,
          pesScore: r.score,
          conclusion: r.conclusion,
          submittedOn: r.submitted,
          concludedOn: r.concluded,
          agencyId: r.agency_id,
          reassessmentRequired: r.reassess,
          agencyConclusion: r.agency_conclusion,
          agencyOpinion: r.agency_opinion,
          agencySentOn: r.agency_sent,
          agencyReviewedOn: r.agency_reviewed,
        } as ExAnteAssessment,
      ]),
    );
    return ids.map((id) => by.get(id) ?? null);
  }

  async adjustmentsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (
        p,
      ) => `SELECT ta.id, ta.project_id, ta.checkpoint_id, ta.reason, ta.before, ta.proposed, ta.status, ta.decision_comment,
        to_char(ta.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS requested_at, ta.decided_on::text AS decided_on, ta.version
        FROM target_adjustment ta JOIN project p ON p.id = ta.project_id JOIN unit u ON u.id = p.unit_id
        WHERE ta.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY ta.requested_at DESC, ta.id DESC`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapAdjustment);
  }

  async reviewsOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT t.project_id, t.stage, t.outcome, t.score::float8 AS score, t.comment, t.indicator_comments,
        t.reviewed_on::text AS reviewed_on FROM target_review t JOIN project p ON p.id = t.project_id JOIN unit u ON u.id = p.unit_id
        WHERE t.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY t.reviewed_on, t.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', (r) => ({
      stage: r.stage,
      outcome: r.outcome,
      score: r.score,
      comment: r.comment,
      reviewedOn: r.reviewed_on,
      indicatorComments: (r.indicator_comments ?? []).map((c: Row) => ({
        indicatorId: toGlobalId('Indicator', c.indicatorId),
        indicatorName: c.indicatorName ?? null,
        comment: c.comment,
      })),
    }));
  }

  async ratingsOfAgencies(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ar.* FROM agency_rating ar JOIN agency a ON a.id = ar.agency_id
      WHERE ar.agency_id = ANY($1) AND ${ratingRows(this.v, p)} ORDER BY ar.year`,
      [ids],
    );
    return groupBy(ids, rows, 'agency_id', mapRating);
  }

  async evaluationsOfAgencies(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${EVALUATION_COLUMNS} FROM evaluation e LEFT JOIN project p ON p.id = e.project_id
      JOIN unit u ON u.id = e.unit_id WHERE e.agency_id = ANY($1) AND ${evaluationRows(this.v, p)} ORDER BY e.id`,
      [ids],
    );
    return groupBy(ids, rows, 'agency_id', mapEvaluation);
  }

  async unitWideEvaluationsOfUnits(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${EVALUATION_COLUMNS} FROM evaluation e LEFT JOIN project p ON p.id = e.project_id
      JOIN unit u ON u.id = e.unit_id WHERE e.unit_id = ANY($1) AND e.kind = 'UNIT_WIDE' AND ${evaluationRows(this.v, p)}
      ORDER BY e.year`,
      [ids],
    );
    return groupBy(ids, rows, 'unit_id', mapEvaluation);
  }

  async unitsOfSections(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT u.* FROM unit u WHERE u.supervising_section_id = ANY($1) AND ${unitRows(this.v, p)} ORDER BY u.id`,
      [ids],
    );
    return groupBy(ids, rows, 'supervising_section_id', mapUnit);
  }

  /** Projects of units, for one year (or all years): keyed by unit id, the year shared by the batch. */
  async projectsOfUnits(ids: readonly number[], year: number | null) {
    const rows = await this.q(
      (p) => `SELECT ${PROJECT_COLUMNS} ${PROJECT_FROM} WHERE p.unit_id = ANY($1) AND ($2::int IS NULL OR p.year = $2)
               AND ${projectRows(this.v, p)} ORDER BY p.year DESC, p.code`,
      [ids, year],
    );
    return groupBy(ids, rows, 'unit_id', mapProject);
  }
}
