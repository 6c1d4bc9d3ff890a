// Figures shaped like the 2023 demo county (DOMAIN.md), for the transform tests.
import type { AgencyRatingFiguresFragment, FlagFiguresFragment, GradeFiguresFragment } from '../../generated/graphql';
import type { AtCheckpoint, ExecutionFigures as ExecutionFiguresFragment } from '../../app/analytics/checkpoints';
import { CHECKPOINTS } from '../../app/analytics/test-fixtures';
import type { KindDistribution } from './charts/grade-distribution/transform';

// The execution figures are the analytics' own (app/analytics), used by their tests too.
export { AUGUST_2022, AUGUST_TOTAL, MAY_2022, MAY_TOTAL, NO_REPORTS, totals } from '../../app/analytics/test-fixtures';

export function family(
  key: string,
  label: string,
  projectCount: number,
  budget: string,
  executed: string,
): ExecutionFiguresFragment {
  return { key, label, projectCount, budget, executed, executionRate: Number(executed) / Number(budget) };
}

export const FLAGS: AtCheckpoint<FlagFiguresFragment>[] = [
  { checkpoint: CHECKPOINTS[0], value: { yellow: 69, red: 0, newYellow: 69, escalatedToRed: 0, closed: 0 } },
  { checkpoint: CHECKPOINTS[1], value: { yellow: 40, red: 3, newYellow: 18, escalatedToRed: 3, closed: 44 } },
];

export function grades(
  total: number,
  budget: string,
  findings: number,
  counts: [number, number, number, number],
): GradeFiguresFragment {
  const [excellent, good, medium, poor] = counts;
  const bucket = (grade: 'EXCELLENT' | 'GOOD' | 'MEDIUM' | 'POOR', count: number) => ({
    grade,
    count,
    share: total ? count / total : 0,
  });
  return {
    total,
    budget,
    findings,
    buckets: [bucket('EXCELLENT', excellent), bucket('GOOD', good), bucket('MEDIUM', medium), bucket('POOR', poor)],
  };
}

export const SELF_2022 = grades(257, '1071000000.00', 0, [120, 110, 17, 10]);

export const KINDS_2022: KindDistribution[] = [
  { kind: 'SELF', distribution: SELF_2022 },
  { kind: 'DEPARTMENT', distribution: grades(90, '300000000.00', 0, [82, 8, 0, 0]) },
  { kind: 'KEY', distribution: grades(10, '55326000.00', 17, [3, 5, 2, 0]) },
  { kind: 'UNIT_WIDE', distribution: grades(52, '0', 0, [51, 1, 0, 0]) },
];

export function agency(name: string, score: number, rating: string): AgencyRatingFiguresFragment {
  return {
    agencyId: `Agency:${name}`,
    agencyName: name,
    score,
    rating,
    quantity: score,
    quality: score,
    effect: score,
    satisfaction: score,
  };
}

export const AGENCIES: AgencyRatingFiguresFragment[] = [
  agency('鑫和会计师事务所', 84.25, 'B'),
  agency('正信评估咨询有限公司', 92.45, 'A'),
  agency('明远项目管理公司', 71, 'C'),
];
