import type { EvaluationKind } from '@jixiao/schema/enums';
import { parseYuan } from '../../rules/money.js';
import type { AnalyticsService } from '../analytics/index.js';
import type { GradeDistribution } from '../analytics/index.js';
import type { Viewer } from '../auth/index.js';
import type { FigureValue } from './placeholders.js';

const count = (value: number): FigureValue => ({ kind: 'count', value });
const money = (yuan: string): FigureValue => ({ kind: 'money', yuan });
const text = (value: string): FigureValue => ({ kind: 'text', value });
const share = (numerator: number, denominator: number): FigureValue => ({
  kind: 'share',
  numerator: BigInt(numerator),
  denominator: BigInt(denominator),
});

const KINDS: [string, EvaluationKind][] = [
  ['self', 'SELF'],
  ['department', 'DEPARTMENT'],
  ['unitWide', 'UNIT_WIDE'],
  ['key', 'KEY'],
];

/**
 * Every figure of the annual report of `year`, as the analytics contract answers it for this viewer (the
 * functions behind targetSummary, executionSummary, flagSummary, gradeDistribution, … — never a second
 * computation). Evaluations, their grades and the cuts they lead to are those of the budget year before,
 * evaluated during `year`. `checkpointMonths` are the project checkpoints of the year's rule set.
 */
export async function reportFigures(
  analytics: AnalyticsService,
  v: Viewer,
  year: number,
  context: { regionName: string; checkpointMonths: number[] },
): Promise<Map<string, FigureValue>> {
  const evaluated = year - 1;
  const figures = new Map<string, FigureValue>([
    ['year', text(String(year))],
    ['evaluatedYear', text(String(evaluated))],
    ['regionName', text(context.regionName)],
  ]);
  const put = (prefix: string, values: Record<string, FigureValue>) => {
    for (const [name, value] of Object.entries(values)) figures.set(`${prefix}.${name}`, value);
  };

  const [targets, library, training, ratings, cuts, targetDisclosure, evaluationDisclosure] = await Promise.all([
    analytics.targetSummary(v, year),
    analytics.indicatorLibrarySummary(v),
    analytics.trainingSummary(v, year),
    analytics.agencyRatings(v, year),
    analytics.resultApplicationSummary(v, evaluated),
    analytics.disclosureSummary(v, year),
    analytics.disclosureSummary(v, evaluated),
  ]);
  put('targets', {
    projectCount: count(targets.projectCount),
    budget: money(targets.budget),
    annualBudgetProjectCount: count(targets.annualBudgetProjectCount),
    annualBudget: money(targets.annualBudget),
    exAnteProjectCount: count(targets.exAnteProjectCount),
    exAnteBudget: money(targets.exAnteBudget),
    unitWideReviewedCount: count(targets.unitWideReviewedCount),
    unitWideReturnedCount: count(targets.unitWideReturnedCount),
    unitWideIssueCount: count(targets.unitWideIssueCount),
  });

  const months = [...context.checkpointMonths].sort((a, b) => a - b).slice(0, 2);
  for (const [i, month] of months.entries()) {
    const [[execution], flags] = await Promise.all([
      analytics.executionSummary(v, year, month, 'TOTAL'),
      analytics.flagSummary(v, year, month),
    ]);
    // The contract's executionRate is executed ÷ budget of these amounts: taken exactly from them, so that
    // rounding to one decimal of a percent never depends on a float.
    put(`checkpoint${i + 1}`, {
      month: count(month),
      projectCount: count(execution!.projectCount),
      budget: money(execution!.budget),
      executed: money(execution!.executed),
      executionRate: {
        kind: 'rate',
        numerator: parseYuan(execution!.executed, 'executed'),
        denominator: parseYuan(execution!.budget, 'budget'),
      },
      yellowFlags: count(flags.yellow),
      redFlags: count(flags.red),
      newYellowFlags: count(flags.newYellow),
      escalatedToRed: count(flags.escalatedToRed),
      closedFlags: count(flags.closed),
    });
  }

  const distributions = await Promise.all(KINDS.map(([, kind]) => analytics.gradeDistribution(v, evaluated, kind)));
  KINDS.forEach(([prefix], i) => put(prefix, gradeFigures(distributions[i]!)));

  put('cuts', {
    projectCount: count(cuts.projectCount),
    proposed: money(cuts.proposedCut),
    decidedCount: count(cuts.decidedCount),
    accepted: money(cuts.acceptedCut),
  });
  const rated = (r: string) => count(ratings.filter((x) => x.rating === r).length);
  put('agencies', {
    count: count(ratings.length),
    A: rated('A'),
    B: rated('B'),
    C: rated('C'),
    D: rated('D'),
    published: count(ratings.filter((x) => x.published).length),
  });
  put('disclosure', {
    targetsPublished: count(targetDisclosure.publishedTargetCount),
    targetsApproved: count(targetDisclosure.approvedTargetCount),
    evaluationsPublished: count(evaluationDisclosure.publishedEvaluationCount),
    evaluationsFinal: count(evaluationDisclosure.finalEvaluationCount),
  });
  put('library', {
    commonCategories: count(library.commonCategories),
    commonIndicators: count(library.commonIndicators),
    sectors: count(library.sectors),
    sectorIndicators: count(library.sectorIndicators),
  });
  put('training', { sessions: count(training.sessions), attendance: count(training.attendance) });
  return figures;
}

function gradeFigures(d: GradeDistribution): Record<string, FigureValue> {
  const n = (grade: string) => d.buckets.find((b) => b.grade === grade)?.count ?? 0;
  return {
    count: count(d.total),
    budget: money(d.budget),
    excellent: count(n('EXCELLENT')),
    good: count(n('GOOD')),
    medium: count(n('MEDIUM')),
    poor: count(n('POOR')),
    excellentShare: share(n('EXCELLENT'), d.total),
    goodShare: share(n('GOOD'), d.total),
    mediumShare: share(n('MEDIUM'), d.total),
    poorShare: share(n('POOR'), d.total),
    findings: count(d.findings),
  };
}
