import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Context } from '../../graphql/context.js';
import { paginate, pageSize, type OrderTerm } from '../../graphql/connection.js';
import { fromGlobalId, idOf } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { reportStillDueAt } from '../monitoring/expected-reports.js';
import {
  agencyRows,
  containsPattern,
  evaluationRows,
  projectRows,
  regionRows,
  sqlParams,
  unitRows,
} from '../auth/scope.js';
import {
  EVALUATION_COLUMNS,
  FLAG_COLUMNS,
  PROJECT_COLUMNS,
  REPORT_COLUMNS,
  mapEvaluation,
  mapFlag,
  mapProject,
  mapReport,
  mapUnit,
  projectFilterSql,
} from './graph.reader.js';
import {
  EvaluationFilter,
  FlagFilter,
  ProjectFilter,
  ProjectOrder,
  ReportStatusEnum,
  UnitFilter,
} from './graph.inputs.js';
import {
  Agency,
  AgencyRating,
  Checkpoint,
  Evaluation,
  EvaluationConnection,
  ExAnteAssessment,
  Finding,
  Flag,
  FlagConnection,
  FlagEvent,
  Indicator,
  IndicatorActual,
  MonitoringReport,
  MonitoringReportConnection,
  Project,
  ProjectConnection,
  ResultApplication,
  Section,
  TargetAdjustment,
  TargetReviewInfo,
  Unit,
  UnitConnection,
} from './graph.types.js';

@ArgsType()
class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: '每页条数（个人最多100，BI令牌最多1000）/ Page size (≤100 people, ≤1000 BI tokens)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  first?: number;

  @Field(() => String, { nullable: true, description: '从该游标之后开始 / Start after this cursor' })
  after?: string;
}

const optionalId = (type: string, v: string | null | undefined, field: string) => (v ? idOf(type, v, field) : null);

/** Loads any node by global id, through the same scoped loaders as the rest of the graph. */
async function loadNode(ctx: Context, globalId: string): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  if (!parsed || !/^\d+$/.test(parsed.key)) return null;
  const id = Number(parsed.key);
  const L = ctx.loaders;
  const by: Record<string, () => Promise<Node | null>> = {
    Project: () => L.project.load(id),
    Unit: () => L.unit.load(id),
    Section: () => L.section.load(id),
    Agency: () => L.agency.load(id),
    Checkpoint: () => L.checkpoint.load(id),
    MonitoringReport: () => L.report.load(id),
    Indicator: () => L.indicator.load(id),
    Flag: () => L.flag.load(id),
    Evaluation: () => L.evaluation.load(id),
    Finding: () => L.finding.load(id),
    ResultApplication: () => L.resultApplication.load(id),
    AgencyRating: () => L.agencyRating.load(id),
  };
  return by[parsed.type]?.() ?? null;
}

const PROJECT_ORDER: Record<string, Omit<OrderTerm, 'direction'>> = {
  CODE: { expr: 'p.code', type: 'text' },
  NAME: { expr: 'p.name', type: 'text' },
  BUDGET: { expr: 'p.budget', type: 'numeric' },
  YEAR: { expr: 'p.year', type: 'int' },
};

@Resolver()
export class GraphQueryResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description: '按全局 ID 取对象；范围外与不存在相同 / Any object by global id; out of scope is the same as missing',
  })
  node(@Arg('id', () => ID, { description: '全局 ID / Global id' }) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx, id);
  }

  @Authorized()
  @Query(() => [Node], { nullable: 'items', description: '按全局 ID 批量取对象 / Objects by global ids' })
  nodes(
    @Arg('ids', () => [ID], { description: '全局 ID 列表（最多取前 100 个）/ Global ids; only the first 100 are read' })
    ids: string[],
    @Ctx() ctx: Context,
  ) {
    return Promise.all(ids.slice(0, 100).map((id) => loadNode(ctx, id)));
  }

  @Authorized()
  @Query(() => ProjectConnection, { description: '项目列表 / Projects in scope' })
  projects(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true, description: '筛选条件 / Filters' })
    filter: ProjectFilter | null,
    @Arg('orderBy', () => ProjectOrder, {
      nullable: true,
      description: '排序，默认按项目编码升序 / Order; by code ascending when not given',
    })
    orderBy: ProjectOrder | null,
    @Ctx() ctx: Context,
  ) {
    const v = ctx.viewer!;
    const p = sqlParams();
    const f = filter ?? {};
    const where =
      projectRows(v, p) +
      projectFilterSql(
        {
          ...f,
          sectionId: optionalId('Section', f.sectionId, 'filter.sectionId'),
          unitId: optionalId('Unit', f.unitId, 'filter.unitId'),
        },
        p,
      );
    const order = PROJECT_ORDER[orderBy?.field ?? 'CODE']!;
    return ProjectConnection.of(
      paginate({
        db: ctx.db,
        select: PROJECT_COLUMNS,
        from: `FROM project p JOIN unit u ON u.id = p.unit_id WHERE ${where}`,
        params: p.values,
        idExpr: 'p.id',
        order: { ...order, direction: orderBy?.direction ?? 'ASC' },
        first: pageSize(v, first),
        after,
        map: mapProject,
      }),
    );
  }

  @Authorized()
  @Query(() => UnitConnection, { description: '单位列表 / Units in scope' })
  units(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => UnitFilter, { nullable: true, description: '筛选条件 / Filters' }) filter: UnitFilter | null,
    @Ctx() ctx: Context,
  ) {
    const v = ctx.viewer!;
    const p = sqlParams();
    let where = unitRows(v, p);
    const sectionId = optionalId('Section', filter?.sectionId, 'filter.sectionId');
    if (sectionId) where += ` AND u.supervising_section_id = ${p.push(sectionId)}`;
    if (filter?.search) where += ` AND u.name ILIKE ${p.push(containsPattern(filter.search))}`;
    return UnitConnection.of(
      paginate({
        db: ctx.db,
        select: 'u.*',
        from: `FROM unit u WHERE ${where}`,
        params: p.values,
        idExpr: 'u.id',
        order: { expr: 'u.code', type: 'text', direction: 'ASC' },
        first: pageSize(v, first),
        after,
        map: mapUnit,
      }),
    );
  }

  @Authorized()
  @Query(() => [Section], { description: '科室 / Sections of the viewer’s counties' })
  async sections(@Ctx() ctx: Context) {
    const p = sqlParams();
    const rows = await ctx.db.query(
      `SELECT s.id FROM section s WHERE ${regionRows(ctx.viewer!, p, 's.region_id')} ORDER BY s.id`,
      p.values,
    );
    return ctx.loaders.section.loadMany(rows.map((r: any) => r.id));
  }

  @Authorized()
  @Query(() => [Agency], { description: '第三方机构 / Agencies in scope' })
  async agencies(@Ctx() ctx: Context) {
    const p = sqlParams();
    const rows = await ctx.db.query(
      `SELECT a.id FROM agency a WHERE ${agencyRows(ctx.viewer!, p)} ORDER BY a.id`,
      p.values,
    );
    return ctx.loaders.agency.loadMany(rows.map((r: any) => r.id));
  }

  @Authorized()
  @Query(() => [Checkpoint], { description: '某年的监控节点 / Checkpoints of a year' })
  async checkpoints(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Ctx() ctx: Context,
  ) {
    const p = sqlParams([year]);
    const rows = await ctx.db.query(
      `SELECT c.id FROM monitoring_checkpoint c WHERE c.year = $1 AND ${regionRows(ctx.viewer!, p, 'c.region_id')} ORDER BY c.period_end, c.scope`,
      p.values,
    );
    return ctx.loaders.checkpoint.loadMany(rows.map((r: any) => r.id));
  }

  @Authorized()
  @Query(() => FlagConnection, { description: '预警台账 / The flag ledger (deadline first)' })
  flags(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => FlagFilter, { nullable: true, description: '筛选条件 / Filters' }) filter: FlagFilter | null,
    @Ctx() ctx: Context,
  ) {
    const v = ctx.viewer!;
    const p = sqlParams();
    let where = projectRows(v, p);
    const f = filter ?? {};
    if (f.year != null) where += ` AND p.year = ${p.push(f.year)}`;
    if (f.level) where += ` AND f.level = ${p.push(f.level)}`;
    if (f.status) where += ` AND f.status = ${p.push(f.status)}`;
    if (f.overdue) where += ` AND f.status = 'OPEN' AND f.deadline < current_date`;
    const sectionId = optionalId('Section', f.sectionId, 'filter.sectionId');
    if (sectionId) where += ` AND u.supervising_section_id = ${p.push(sectionId)}`;
    const unitId = optionalId('Unit', f.unitId, 'filter.unitId');
    if (unitId) where += ` AND p.unit_id = ${p.push(unitId)}`;
    return FlagConnection.of(
      paginate({
        db: ctx.db,
        select: FLAG_COLUMNS,
        from: `FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id WHERE ${where}`,
        params: p.values,
        idExpr: 'f.id',
        order: { expr: 'f.deadline', type: 'date', direction: 'ASC' },
        first: pageSize(v, first),
        after,
        map: mapFlag,
      }),
    );
  }

  @Authorized()
  @Query(() => EvaluationConnection, { description: '评价列表 / Evaluations in scope' })
  evaluations(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => EvaluationFilter, { nullable: true, description: '筛选条件 / Filters' })
    filter: EvaluationFilter | null,
    @Ctx() ctx: Context,
  ) {
    const v = ctx.viewer!;
    const p = sqlParams();
    let where = evaluationRows(v, p);
    const f = filter ?? {};
    if (f.year != null) where += ` AND e.year = ${p.push(f.year)}`;
    if (f.kind) where += ` AND e.kind = ${p.push(f.kind)}`;
    if (f.grade) where += ` AND e.grade = ${p.push(f.grade)}`;
    if (f.status) where += ` AND e.status = ${p.push(f.status)}`;
    if (f.published != null) where += f.published ? ' AND e.published_on IS NOT NULL' : ' AND e.published_on IS NULL';
    const agencyId = optionalId('Agency', f.agencyId, 'filter.agencyId');
    if (agencyId) where += ` AND e.agency_id = ${p.push(agencyId)}`;
    const unitId = optionalId('Unit', f.unitId, 'filter.unitId');
    if (unitId) where += ` AND e.unit_id = ${p.push(unitId)}`;
    const sectionId = optionalId('Section', f.sectionId, 'filter.sectionId');
    if (sectionId) where += ` AND u.supervising_section_id = ${p.push(sectionId)}`;
    return EvaluationConnection.of(
      paginate({
        db: ctx.db,
        select: EVALUATION_COLUMNS,
        from: `FROM evaluation e LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id WHERE ${where}`,
        params: p.values,
        idExpr: 'e.id',
        order: { expr: 'e.id', type: 'int', direction: 'ASC' },
        first: pageSize(v, first),
        after,
        map: mapEvaluation,
      }),
    );
  }
}

@Resolver(() => Project)
export class ProjectFieldsResolver {
  @FieldResolver(() => Unit, {
    nullable: true,
    description: '实施单位（涉密单位对无权者为空）/ The unit (null when classified and out of sight)',
  })
  unit(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(p.unitId);
  }

  @FieldResolver(() => [Indicator], { description: '绩效指标 / Targets' })
  indicators(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.indicatorsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [MonitoringReport], { description: '各监控节点报告 / Reports at each checkpoint' })
  monitoringReports(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.reportsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [Flag], { description: '预警 / Flags' })
  flags(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.flagsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [Evaluation], { description: '评价 / Evaluations' })
  evaluations(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.evaluationsOfProject.load(p.dbId);
  }

  @FieldResolver(() => ExAnteAssessment, {
    nullable: true,
    description: '事前绩效评估（新增项目）/ Ex-ante assessment (new projects)',
  })
  exAnteAssessment(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.exAnteOfProject.load(p.dbId);
  }

  @FieldResolver(() => [TargetReviewInfo], { description: '绩效目标审核记录 / Reviews of the targets' })
  targetReviews(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.reviewsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [TargetAdjustment], {
    description: '绩效目标调整申请（新的在前）/ Requests to change the approved targets, newest first',
  })
  targetAdjustments(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.adjustmentsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [ResultApplication], { description: '结果应用 / Proposed cuts' })
  resultApplications(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.resultApplicationsOfProject.load(p.dbId);
  }
}

@Resolver(() => TargetAdjustment)
export class TargetAdjustmentFieldsResolver {
  @FieldResolver(() => Checkpoint, {
    nullable: true,
    description: '申请所在的监控节点 / Checkpoint at which it was requested',
  })
  checkpoint(@Root() a: TargetAdjustment, @Ctx() ctx: Context) {
    return ctx.loaders.checkpoint.load(a.checkpointId);
  }
}

@Resolver(() => ExAnteAssessment)
export class ExAnteFieldsResolver {
  @FieldResolver(() => Agency, { nullable: true, description: '复评机构 / Agency re-assessing it' })
  agency(@Root() x: ExAnteAssessment, @Ctx() ctx: Context) {
    return x.agencyId === null ? null : ctx.loaders.agency.load(x.agencyId);
  }
}

@Resolver(() => Unit)
export class UnitFieldsResolver {
  @FieldResolver(() => Section, { nullable: true, description: '对口科室 / Supervising section' })
  section(@Root() u: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.section.load(u.sectionId);
  }

  @FieldResolver(() => [Project], { description: '单位项目 / The unit’s projects' })
  projects(
    @Root() u: Unit,
    @Arg('year', () => Int, {
      nullable: true,
      description: '预算年度，为空则取全部年度 / Budget year; every year when null',
    })
    year: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.projectsOfUnit(year ?? null).load(u.dbId);
  }

  @FieldResolver(() => [Evaluation], { description: '部门整体评价 / Unit-wide evaluations' })
  unitWideEvaluations(@Root() u: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.unitWideEvaluationsOfUnit.load(u.dbId);
  }
}

@Resolver(() => Section)
export class SectionFieldsResolver {
  @FieldResolver(() => [Unit], { description: '对口单位 / Units it supervises' })
  units(@Root() s: Section, @Ctx() ctx: Context) {
    return ctx.loaders.unitsOfSection.load(s.dbId);
  }
}

@Resolver(() => Indicator)
export class IndicatorFieldsResolver {
  @FieldResolver(() => Project, { nullable: true, description: '所属项目 / The project' })
  project(@Root() i: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(i.projectId);
  }
}

@Resolver(() => Checkpoint)
export class CheckpointFieldsResolver {
  @FieldResolver(() => MonitoringReportConnection, { description: '本节点的报告 / Reports at this checkpoint' })
  reports(
    @Root() c: Checkpoint,
    @Args() { first, after }: PageArgs,
    @Arg('status', () => ReportStatusEnum, {
      nullable: true,
      description: '只取该状态的报告（审核队列）/ Only reports in this state (the review queues)',
    })
    status: string | null,
    @Arg('classified', () => Boolean, {
      nullable: true,
      description: '只取涉密（或非涉密）单位的报告 / Only classified (or unclassified) units’ reports',
    })
    classified: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const v = ctx.viewer!;
    const p = sqlParams([c.dbId]);
    let where = projectRows(v, p);
    if (status) where += ` AND r.status = ${p.push(status)}`;
    if (classified != null) where += classified ? ' AND u.classified' : ' AND NOT u.classified';
    return MonitoringReportConnection.of(
      paginate({
        db: ctx.db,
        select: REPORT_COLUMNS,
        from: `FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
             WHERE r.checkpoint_id = $1 AND ${where}`,
        params: p.values,
        idExpr: 'r.id',
        order: { expr: 'r.id', type: 'int', direction: 'ASC' },
        first: pageSize(v, first),
        after,
        map: mapReport,
      }),
    );
  }
}

@Resolver(() => Checkpoint)
export class CheckpointProgressResolver {
  @FieldResolver(() => ProjectConnection, {
    description: '应报未报的项目（催报）/ Projects that should have reported here and have not (to chase)',
  })
  missingReports(@Root() c: Checkpoint, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    const v = ctx.viewer!;
    const p = sqlParams();
    return ProjectConnection.of(
      paginate({
        db: ctx.db,
        select: PROJECT_COLUMNS,
        // The county's projects still due, found first by region (OFFSET 0 keeps them a separate step), then put
        // in code order: walking the code index instead would pass over the whole province's projects.
        from: `FROM (SELECT p.* FROM project p JOIN unit u ON u.id = p.unit_id WHERE ${reportStillDueAt(c, p)} AND ${projectRows(v, p)} OFFSET 0) p WHERE TRUE`,
        params: p.values,
        idExpr: 'p.id',
        order: { expr: 'p.code', type: 'text', direction: 'ASC' },
        first: pageSize(v, first),
        after,
        map: mapProject,
      }),
    );
  }
}

@Resolver(() => MonitoringReport)
export class ReportFieldsResolver {
  @FieldResolver(() => Project, { nullable: true, description: '报告的项目 / The project reported on' })
  project(@Root() r: MonitoringReport, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(r.projectId);
  }

  @FieldResolver(() => Checkpoint, { nullable: true, description: '监控节点 / The checkpoint' })
  checkpoint(@Root() r: MonitoringReport, @Ctx() ctx: Context) {
    return ctx.loaders.checkpoint.load(r.checkpointId);
  }

  @FieldResolver(() => [IndicatorActual], { description: '指标完成情况 / Indicator values' })
  indicatorActuals(@Root() r: MonitoringReport, @Ctx() ctx: Context) {
    return ctx.loaders.actualsOfReport.load(r.dbId);
  }
}

@Resolver(() => IndicatorActual)
export class IndicatorActualFieldsResolver {
  @FieldResolver(() => Indicator, { nullable: true, description: '对应的绩效指标 / The indicator' })
  indicator(@Root() a: IndicatorActual, @Ctx() ctx: Context) {
    return ctx.loaders.indicator.load(a.indicatorId);
  }
}

@Resolver(() => Flag)
export class FlagFieldsResolver {
  @FieldResolver(() => Project, { nullable: true, description: '被标记的项目 / The project flagged' })
  project(@Root() f: Flag, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(f.projectId);
  }

  @FieldResolver(() => Checkpoint, { nullable: true, description: '标记所在节点 / Checkpoint that raised it' })
  raisedAt(@Root() f: Flag, @Ctx() ctx: Context) {
    return ctx.loaders.checkpoint.load(f.raisedCheckpointId);
  }

  @FieldResolver(() => Checkpoint, { nullable: true, description: '升级为红标的节点 / Checkpoint that turned it red' })
  escalatedAt(@Root() f: Flag, @Ctx() ctx: Context) {
    return f.escalatedCheckpointId ? ctx.loaders.checkpoint.load(f.escalatedCheckpointId) : null;
  }

  @FieldResolver(() => [FlagEvent], { description: '处理记录 / History' })
  events(@Root() f: Flag, @Ctx() ctx: Context) {
    return ctx.loaders.eventsOfFlag.load(f.dbId);
  }
}

@Resolver(() => Evaluation)
export class EvaluationFieldsResolver {
  @FieldResolver(() => Project, {
    nullable: true,
    description: '被评价的项目（部门整体评价为空）/ The project evaluated; null for a unit-wide evaluation',
  })
  project(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return e.projectId ? ctx.loaders.project.load(e.projectId) : null;
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: '项目所属或被整体评价的单位 / The unit of the project, or the unit evaluated as a whole',
  })
  unit(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(e.unitId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: '实施评价的机构 / Agency that evaluated' })
  agency(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return e.agencyId ? ctx.loaders.agency.load(e.agencyId) : null;
  }

  @FieldResolver(() => [Finding], { description: '发现的问题 / Findings' })
  findings(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.findingsOfEvaluation.load(e.dbId);
  }
}

@Resolver(() => Finding)
export class FindingFieldsResolver {
  @FieldResolver(() => Evaluation, { nullable: true, description: '所属评价 / The evaluation' })
  evaluation(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.evaluation.load(f.evaluationId);
  }
}

@Resolver(() => ResultApplication)
export class ResultApplicationFieldsResolver {
  @FieldResolver(() => Project, { nullable: true, description: '被压减的项目 / The project cut' })
  project(@Root() r: ResultApplication, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(r.projectId);
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: '依据的评价 / The evaluation behind the cut' })
  evaluation(@Root() r: ResultApplication, @Ctx() ctx: Context) {
    return ctx.loaders.evaluation.load(r.evaluationId);
  }
}

@Resolver(() => Agency)
export class AgencyFieldsResolver {
  @FieldResolver(() => [AgencyRating], { description: '历年评级 / Ratings by year' })
  ratings(@Root() a: Agency, @Ctx() ctx: Context) {
    return ctx.loaders.ratingsOfAgency.load(a.dbId);
  }

  @FieldResolver(() => [Evaluation], { description: '承担的评价 / Evaluations assigned' })
  evaluations(@Root() a: Agency, @Ctx() ctx: Context) {
    return ctx.loaders.evaluationsOfAgency.load(a.dbId);
  }
}

@Resolver(() => AgencyRating)
export class AgencyRatingFieldsResolver {
  @FieldResolver(() => Agency, { nullable: true, description: '被评级的机构 / The agency rated' })
  agency(@Root() r: AgencyRating, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(r.agencyId);
  }
}

export const GRAPH_RESOLVERS = [
  GraphQueryResolver,
  ProjectFieldsResolver,
  CheckpointProgressResolver,
  TargetAdjustmentFieldsResolver,
  ExAnteFieldsResolver,
  UnitFieldsResolver,
  SectionFieldsResolver,
  IndicatorFieldsResolver,
  CheckpointFieldsResolver,
  ReportFieldsResolver,
  IndicatorActualFieldsResolver,
  FlagFieldsResolver,
  EvaluationFieldsResolver,
  FindingFieldsResolver,
  ResultApplicationFieldsResolver,
  AgencyFieldsResolver,
  AgencyRatingFieldsResolver,
] as const;
