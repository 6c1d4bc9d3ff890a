import type { Ratio } from '@jixiao/schema/rule-defaults';

// Monitoring checkpoints ("双监控"): their months and the share of the year elapsed at each are the
// server's (`years { checkpointShares }`, the county's rule set of the year), read through useYears().

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
  /** A section's or unit's code and its county's division code (rows grouped by section or unit). */
  code?: string | null;
  regionCode?: string | null;
  projectCount: number;
  budget: string;
  executed: string;
  /** null when the budget is zero: not applicable (issue 10). */
  executionRate: number | null;
}

/**
 * Variables of the queries that ask for two checkpoints by alias (first, second): the year's first two
 * checkpoints (the same one twice when the year has one).
 */
export function checkpointVariables(checkpoints: readonly Checkpoint[]): { firstMonth: number; secondMonth: number } {
  const first = checkpoints[0]?.month ?? 0;
  return { firstMonth: first, secondMonth: checkpoints[1]?.month ?? first };
}

export interface AtCheckpoint<T> {
  checkpoint: Checkpoint;
  value: T;
}

/** Pairs the `first` and `second` aliases of a query with the checkpoints they were asked for. */
export function atCheckpoints<T>(data: { first: T; second: T }, checkpoints: readonly Checkpoint[]): AtCheckpoint<T>[] {
  return checkpoints.slice(0, 2).map((checkpoint, i) => ({ checkpoint, value: i === 0 ? data.first : data.second }));
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
