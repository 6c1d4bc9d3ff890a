import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../modules/auth/viewer.js';
import { GraphReader } from '../modules/graph/graph.reader.js';

/**
 * The DataLoaders of one request, bound to its viewer's scope. Field resolvers only call
 * `ctx.loaders.x.load()`: a list of N parents costs one statement per relation, not N.
 */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  if (!viewer) return null;
  const r = new GraphReader(db, viewer);
  // Batches collect every load of the current turn of the event loop, not just of one microtask:
  // sibling fields resolved at different promise depths still share one statement.
  const one = <T>(fn: (ids: readonly number[]) => Promise<T[]>) =>
    new DataLoader<number, T>(fn, { batchScheduleFn: (run) => setImmediate(run), maxBatchSize: 5000 });
  const projectsOfUnitsByYear = new Map<
    string,
    DataLoader<number, Awaited<ReturnType<GraphReader['projectsOfUnits']>>[number]>
  >();
  return {
    project: one((ids) => r.projects(ids)),
    unit: one((ids) => r.units(ids)),
    section: one((ids) => r.sections(ids)),
    agency: one((ids) => r.agencies(ids)),
    checkpoint: one((ids) => r.checkpoints(ids)),
    report: one((ids) => r.reports(ids)),
    indicator: one((ids) => r.indicators(ids)),
    flag: one((ids) => r.flags(ids)),
    evaluation: one((ids) => r.evaluations(ids)),
    finding: one((ids) => r.findings(ids)),
    resultApplication: one((ids) => r.resultApplications(ids)),
    agencyRating: one((ids) => r.agencyRatings(ids)),
    indicatorsOfProject: one((ids) => r.indicatorsOfProjects(ids)),
    exAnteOfProject: one((ids) => r.exAnteOfProjects(ids)),
    reviewsOfProject: one((ids) => r.reviewsOfProjects(ids)),
    adjustmentsOfProject: one((ids) => r.adjustmentsOfProjects(ids)),
    reportsOfProject: one((ids) => r.reportsOfProjects(ids)),
    flagsOfProject: one((ids) => r.flagsOfProjects(ids)),
    evaluationsOfProject: one((ids) => r.evaluationsOfProjects(ids)),
    resultApplicationsOfProject: one((ids) => r.resultApplicationsOfProjects(ids)),
    actualsOfReport: one((ids) => r.actualsOfReports(ids)),
    eventsOfFlag: one((ids) => r.eventsOfFlags(ids)),
    findingsOfEvaluation: one((ids) => r.findingsOfEvaluations(ids)),
    ratingsOfAgency: one((ids) => r.ratingsOfAgencies(ids)),
    evaluationsOfAgency: one((ids) => r.evaluationsOfAgencies(ids)),
    unitWideEvaluationsOfUnit: one((ids) => r.unitWideEvaluationsOfUnits(ids)),
    unitsOfSection: one((ids) => r.unitsOfSections(ids)),
    /** Projects of a unit in a year: one loader per year asked, so the batch shares its year. */
    projectsOfUnit(year: number | null) {
      const key = String(year);
      let loader = projectsOfUnitsByYear.get(key);
      if (!loader) {
        loader = one((ids) => r.projectsOfUnits(ids, year));
        projectsOfUnitsByYear.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = NonNullable<ReturnType<typeof createLoaders>>;
