import { sumYuan } from '@jixiao/ui/format';
import type { Grade } from '@jixiao/schema/enums';
import type { AggregateDimension, AggregateFiguresFragment, AggregateFilter } from '../../generated/graphql';
import type { AtCheckpoint, Checkpoint, ExecutionFigures } from '../../app/analytics/checkpoints';
import { refFilter, type Scope } from '../../app/analytics/cross-filter';

// Shapes rows of `projectAggregate` into what the panels draw. Pure: the hooks call these on the answer.

export type AggregateRow = AggregateFiguresFragment;

/** The dimensions to ask for: the panel's own, plus GRADE when a grade is chosen (AggregateFilter has no grade). */
export function dimensionsFor(
  dimensions: readonly AggregateDimension[],
  scope: Pick<Scope, 'grade'>,
): AggregateDimension[] {
  return scope.grade ? [...dimensions, 'GRADE'] : [...dimensions];
}

/** The API filter of a scope (the grade is applied by `ofGrade` on the rows). */
export function aggregateFilter(
  scope: Scope,
  year: number | null,
  checkpointMonth: number | null = null,
): AggregateFilter {
  return {
    year,
    ...(scope.regionCode ? { regionCode: scope.regionCode } : {}),
    fundFamily: scope.fundFamily,
    ...refFilter(scope),
    checkpointMonth,
    ...(scope.grade ? { evaluationKind: 'SELF' as const } : {}),
  };
}

function keyOf(row: AggregateRow, dimension: AggregateDimension) {
  return row.keys.find((k) => k.dimension === dimension);
}

/** The rows of the chosen grade, when GRADE was added to the dimensions; all rows otherwise. */
export function ofGrade(rows: readonly AggregateRow[], grade: Grade | null): AggregateRow[] {
  if (!grade) return [...rows];
  return rows
    .filter((r) => keyOf(r, 'GRADE')?.key === grade)
    .map((r) => ({ ...r, keys: r.keys.filter((k) => k.dimension !== 'GRADE') }));
}

/** A row as execution figures, keyed by one of its dimensions. */
export function figuresBy(row: AggregateRow, dimension: AggregateDimension): ExecutionFigures {
  const key = keyOf(row, dimension);
  return {
    key: key?.key ?? 'TOTAL',
    label: key?.label ?? '',
    code: key?.code ?? null,
    regionCode: key?.regionCode ?? null,
    projectCount: row.projectCount,
    budget: row.budget,
    executed: row.executed,
    executionRate: row.executionRate,
  };
}

/** "2023-08" → { year: 2023, month: 8 }. */
export function parseCheckpointKey(key: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

const NO_REPORTS = (key: string): ExecutionFigures => ({
  key,
  label: '',
  projectCount: 0,
  budget: '0',
  executed: '0',
  executionRate: null,
});

/**
 * Rows grouped by CHECKPOINT (and optionally one more dimension) as the checkpoints of a year, each
 * with its rows (one total row when there is no other dimension). Checkpoints without reports get an
 * empty total, so charts can tell "not reported" from "missing".
 */
export function byCheckpoint(
  rows: readonly AggregateRow[],
  year: number,
  checkpoints: readonly Checkpoint[],
  dimension: AggregateDimension | null = null,
): AtCheckpoint<ExecutionFigures[]>[] {
  return checkpoints.map((checkpoint) => {
    const at = rows.filter((r) => {
      const cp = parseCheckpointKey(keyOf(r, 'CHECKPOINT')?.key ?? '');
      return cp?.year === year && cp.month === checkpoint.month;
    });
    const value = dimension ? at.map((r) => figuresBy(r, dimension)) : at.map((r) => figuresBy(r, 'CHECKPOINT'));
    return { checkpoint, value: dimension ? value : value.length > 0 ? value : [NO_REPORTS('TOTAL')] };
  });
}

/** A grade distribution from rows grouped by GRADE (projects not evaluated left out). */
export function gradeCounts(rows: readonly AggregateRow[]) {
  const graded = rows.filter((r) => {
    const key = keyOf(r, 'GRADE')?.key;
    return key !== undefined && key !== 'NONE';
  });
  const total = graded.reduce((n, r) => n + r.projectCount, 0);
  return {
    total,
    budget: sumYuan(graded.map((r) => r.budget)),
    findings: null,
    buckets: (['EXCELLENT', 'GOOD', 'MEDIUM', 'POOR'] as const).map((grade) => {
      const count = graded.filter((r) => keyOf(r, 'GRADE')?.key === grade).reduce((n, r) => n + r.projectCount, 0);
      return { grade, count, share: total ? count / total : 0 };
    }),
  };
}
