import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AgencyReader } from '../modules/agency/index.js';
import { AuditReader } from '../modules/audit/index.js';
import { AuthenticityReader } from '../modules/authenticity/index.js';
import type { Viewer } from '../modules/auth/index.js';
import { CalendarReader } from '../modules/calendar/index.js';
import { EvaluationReader } from '../modules/evaluation/index.js';
import { ExAnteReader } from '../modules/ex-ante/index.js';
import { FlagReader } from '../modules/flag/index.js';
import { IndicatorLibraryReader, IndicatorReader } from '../modules/indicator/index.js';
import {
  CheckpointChangesReader,
  CheckpointReader,
  LATEST_REPORT_JOIN,
  latestReportOf,
  ReportReader,
  type MonitoringReport,
} from '../modules/monitoring/index.js';
import { mapProject, ProjectReader, type Project } from '../modules/project/index.js';
import { ResultApplicationReader } from '../modules/result-application/index.js';
import { SectionReader } from '../modules/section/index.js';
import { FundRecallReader, SupervisionReader } from '../modules/supervision/index.js';
import { AgencyCheckReader } from '../modules/agency-check/index.js';
import { FundReviewReader } from '../modules/fund-review/index.js';
import { TargetsReader } from '../modules/targets/index.js';
import { UnitReader, type Unit } from '../modules/unit/index.js';
import type { ConnectionShape } from './connection.js';
import { executionTimeout } from './limits.js';

/** Each feature's reader, bound to one viewer: every statement carries that viewer's row scope. */
export function createReaders(db: DataSource, viewer: Viewer) {
  return {
    project: new ProjectReader(db, viewer),
    unit: new UnitReader(db, viewer),
    section: new SectionReader(db, viewer),
    agency: new AgencyReader(db, viewer),
    checkpoint: new CheckpointReader(db, viewer),
    checkpointChanges: new CheckpointChangesReader(db, viewer),
    report: new ReportReader(db, viewer),
    indicator: new IndicatorReader(db, viewer),
    flag: new FlagReader(db, viewer),
    supervision: new SupervisionReader(db, viewer),
    fundRecall: new FundRecallReader(db, viewer),
    agencyCheck: new AgencyCheckReader(db, viewer),
    fundReview: new FundReviewReader(db, viewer),
    evaluation: new EvaluationReader(db, viewer),
    exAnte: new ExAnteReader(db, viewer),
    targets: new TargetsReader(db, viewer),
    resultApplication: new ResultApplicationReader(db, viewer),
    authenticity: new AuthenticityReader(db, viewer),
    calendar: new CalendarReader(db, viewer),
    audit: new AuditReader(db, viewer),
    indicatorLibrary: new IndicatorLibraryReader(db, viewer),
  };
}

export type Readers = ReturnType<typeof createReaders>;

/**
 * The DataLoaders of one request, bound to its viewer's scope. Field resolvers only call
 * `ctx.loaders.x.load()`: a list of N parents costs one statement per relation, not N.
 */
export function createLoaders(r: Readers) {
  // The operation's time budget: a query's starts when its execution does (limits.plugin.ts); a mutation has
  // none, since its transaction may have committed before its payload is read.
  const budget = { deadline: Number.POSITIVE_INFINITY };
  // Batches collect every load of the current turn of the event loop, not just of one microtask:
  // sibling fields resolved at different promise depths still share one statement. Past the operation's
  // time budget (`executionBudgetMs`) no batch starts another statement: its loads fail with TIMEOUT.
  const one = <T>(fn: (ids: readonly number[]) => Promise<T[]>) =>
    new DataLoader<number, T>(
      async (ids) => {
        if (performance.now() > budget.deadline) throw executionTimeout();
        return fn(ids);
      },
      { batchScheduleFn: (run) => setImmediate(run), maxBatchSize: 5000 },
    );
  const projectsOfUnitsByYear = new Map<
    string,
    DataLoader<number, Awaited<ReturnType<ProjectReader['ofUnits']>>[number]>
  >();
  // Loaders of nested connections, one per distinct arguments and columns asked: a batch shares them.
  const pageLoaders = new Map<string, DataLoader<number, ConnectionShape<any>>>();
  const paged = <T>(key: string, fn: (ids: readonly number[]) => Promise<ConnectionShape<T>[]>) => {
    let loader = pageLoaders.get(key);
    if (!loader) {
      loader = one(fn);
      pageLoaders.set(key, loader);
    }
    return loader as DataLoader<number, ConnectionShape<T>>;
  };
  const latestReportOfProject = one<MonitoringReport | null>((ids) => r.report.latestOfProjects(ids));
  return {
    budget,
    latestReportOfProject,
    /** The chase list of each checkpoint (Checkpoint.missingReports): one statement for all checkpoints asked. */
    missingReportsOfCheckpoint(first: number | undefined, after: string | undefined) {
      return paged<Project>(JSON.stringify(['missing', first, after]), (ids) =>
        r.checkpoint.missingReportsOfCheckpoints(ids, first, after),
      );
    },
    /** A page of each section's units, by code (Section.units). */
    unitsOfSectionPage(columns: string[], first: number | undefined, after: string | undefined) {
      return paged<Unit>(JSON.stringify(['units', columns, first, after]), (ids) =>
        r.unit.pagesOfSections(ids, columns, first, after),
      );
    },
    /**
     * A page of each unit's projects of a year (Unit.projects); when the latest report is asked it comes
     * in the same statement and primes `latestReportOfProject`.
     */
    projectsOfUnitPage(
      year: number | null,
      columns: string[],
      withLatestReport: boolean,
      first: number | undefined,
      after: string | undefined,
    ) {
      return paged<Project>(
        JSON.stringify(['projects', year, columns, withLatestReport, first, after]),
        async (ids) => {
          const pages = await r.project.pagesOfUnits(
            ids,
            year,
            columns,
            first,
            after,
            withLatestReport ? LATEST_REPORT_JOIN : undefined,
          );
          return pages.map((page) => ({
            ...page,
            edges: page.edges.map(({ node: row, cursor }) => {
              const node = mapProject(row);
              if (withLatestReport) latestReportOfProject.prime(node.dbId, latestReportOf(row));
              return { node, cursor };
            }),
          }));
        },
      );
    },
    project: one((ids) => r.project.byIds(ids)),
    unit: one((ids) => r.unit.byIds(ids)),
    section: one((ids) => r.section.byIds(ids)),
    agency: one((ids) => r.agency.byIds(ids)),
    checkpoint: one((ids) => r.checkpoint.byIds(ids)),
    report: one((ids) => r.report.byIds(ids)),
    indicator: one((ids) => r.indicator.byIds(ids)),
    flag: one((ids) => r.flag.byIds(ids)),
    evaluation: one((ids) => r.evaluation.byIds(ids)),
    finding: one((ids) => r.evaluation.findingsByIds(ids)),
    evaluationVersion: one((ids) => r.evaluation.versionsByIds(ids)),
    resultApplication: one((ids) => r.resultApplication.byIds(ids)),
    agencyRating: one((ids) => r.agency.ratingsByIds(ids)),
    indicatorsOfProject: one((ids) => r.indicator.ofProjects(ids)),
    exAnte: one((ids) => r.exAnte.byIds(ids)),
    targetAdjustment: one((ids) => r.targets.adjustmentsByIds(ids)),
    exAnteOfProject: one((ids) => r.exAnte.ofProjects(ids)),
    reviewsOfProject: one((ids) => r.targets.reviewsOfProjects(ids)),
    adjustmentsOfProject: one((ids) => r.targets.adjustmentsOfProjects(ids)),
    reportsOfProject: one((ids) => r.report.ofProjects(ids)),
    flagsOfProject: one((ids) => r.flag.ofProjects(ids)),
    supervisionFinding: one((ids) => r.supervision.byIds(ids)),
    supervisionFindingsOfProject: one((ids) => r.supervision.ofProjects(ids)),
    fundRecall: one((ids) => r.fundRecall.byIds(ids)),
    agencyCheck: one((ids) => r.agencyCheck.byIds(ids)),
    fundRecallsOfProject: one((ids) => r.fundRecall.ofProjects(ids)),
    recallableOfProject: one((ids) => r.fundRecall.recallableOfProjects(ids)),
    fundReviewsOfProject: one((ids) => r.fundReview.ofProjects(ids)),
    fundReviewsOfReport: one((ids) => r.fundReview.ofReports(ids)),
    fundReviewsOfEvaluation: one((ids) => r.fundReview.ofEvaluations(ids)),
    fundReviewStateOfProject: one((ids) => r.fundReview.stateOfProjects(ids)),
    fundStampOfReport: one((ids) => r.fundReview.stampOfReports(ids)),
    evaluationsOfProject: one((ids) => r.evaluation.ofProjects(ids)),
    resultApplicationsOfProject: one((ids) => r.resultApplication.ofProjects(ids)),
    resultApplicationsAppliedTo: one((ids) => r.resultApplication.appliedTo(ids)),
    actualsOfReport: one((ids) => r.report.actualsOfReports(ids)),
    eventsOfFlag: one((ids) => r.flag.eventsOfFlags(ids)),
    findingsOfEvaluation: one((ids) => r.evaluation.findingsOfEvaluations(ids)),
    versionsOfEvaluation: one((ids) => r.evaluation.versionsOfEvaluations(ids)),
    ratingsOfAgency: one((ids) => r.agency.ratingsOfAgencies(ids)),
    evaluationsOfAgency: one((ids) => r.evaluation.ofAgencies(ids)),
    unitWideEvaluationsOfUnit: one((ids) => r.evaluation.unitWideOfUnits(ids)),
    unitsOfSection: one((ids) => r.unit.ofSections(ids)),
    checkpointsOfYear: one((years) => r.checkpoint.ofYears(years)),
    /** Projects of a unit in a year: one loader per year asked, so the batch shares its year. */
    projectsOfUnit(year: number | null) {
      const key = String(year);
      let loader = projectsOfUnitsByYear.get(key);
      if (!loader) {
        loader = one((ids) => r.project.ofUnits(ids, year));
        projectsOfUnitsByYear.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
