import { DEFAULT_RULE_SET, type Ratio } from '@jixiao/schema/rule-defaults';

// Monitoring checkpoints ("双监控": end of May and end of August by default). The months come from
// the national defaults; the county's rules of the year agree with them in the demo.

export interface Checkpoint {
  /** Month at whose end the checkpoint falls. */
  month: number;
  /** Share of the year elapsed at the checkpoint: executing less fails it. */
  elapsed: Ratio;
}

/** Budget and execution of a group of projects at a checkpoint (an aggregate row, or a total). */
export interface ExecutionFigures {
  key: string;
  label: string;
  projectCount: number;
  budget: string;
  executed: string;
  /** null when the budget is zero: not applicable (issue 10). */
  executionRate: number | null;
}

export const CHECKPOINTS: readonly [Checkpoint, Checkpoint] = (() => {
  const [first, second] = DEFAULT_RULE_SET.monitoring.checkpoints;
  return [
    { month: first.month, elapsed: first.elapsedShare },
    { month: second.month, elapsed: second.elapsedShare },
  ] as const;
})();

/** Variables of the queries that ask for both checkpoints by alias (first, second). */
export const CHECKPOINT_VARIABLES = { firstMonth: CHECKPOINTS[0].month, secondMonth: CHECKPOINTS[1].month };

export interface AtCheckpoint<T> {
  checkpoint: Checkpoint;
  value: T;
}

/** Pairs the `first` and `second` aliases of a query with their checkpoints. */
export function atCheckpoints<T>(data: { first: T; second: T }): AtCheckpoint<T>[] {
  return [
    { checkpoint: CHECKPOINTS[0], value: data.first },
    { checkpoint: CHECKPOINTS[1], value: data.second },
  ];
}

/** The share elapsed as a number, for drawing only. */
export function elapsedFraction(checkpoint: Checkpoint): number {
  return checkpoint.elapsed.numerator / checkpoint.elapsed.denominator;
}

/** Executed less than the share elapsed; never for a rate that does not apply (a zero budget, null). */
export function belowElapsed(rate: number | null, checkpoint: Checkpoint): boolean {
  return rate !== null && rate < elapsedFraction(checkpoint);
}

/** Whether units reported at the checkpoint: one of its rows counts at least one project. */
export function hasReports(rows: readonly { projectCount: number }[]): boolean {
  return rows.some((row) => row.projectCount > 0);
}

/** The latest checkpoint with reports, or null when no checkpoint has any. */
export function latestWithReports<T extends { projectCount: number }>(
  list: readonly AtCheckpoint<readonly T[]>[],
): AtCheckpoint<readonly T[]> | null {
  const reported = list.filter((c) => hasReports(c.value)).sort((a, b) => a.checkpoint.month - b.checkpoint.month);
  return reported.at(-1) ?? null;
}

/** The latest checkpoint with reports and its total row (a total answers one row). */
export function latestReported(
  totals: readonly AtCheckpoint<readonly ExecutionFigures[]>[],
): AtCheckpoint<ExecutionFigures> | null {
  const last = latestWithReports(totals);
  return last ? { checkpoint: last.checkpoint, value: last.value[0] } : null;
}
