import type { WorkCheckpointsQuery } from '../../generated/graphql';

/** A checkpoint of the year as the work bench reads it. */
export type Checkpoint = WorkCheckpointsQuery['checkpoints'][number];

/** The state of a project's report at a checkpoint: NONE until one exists. */
export type ReportState = 'NONE' | 'DRAFT' | 'SUBMITTED' | 'REVIEWED' | 'CONFIRMED';

export function reportAt<R extends { status: string; checkpoint?: { id: string } | null }>(
  reports: readonly R[],
  checkpointId: string,
): R | null {
  return reports.find((r) => r.checkpoint?.id === checkpointId) ?? null;
}

export function reportState(report: { status: string } | null): ReportState {
  if (!report) return 'NONE';
  const s = report.status;
  return s === 'DRAFT' || s === 'SUBMITTED' || s === 'REVIEWED' || s === 'CONFIRMED' ? s : 'NONE';
}

/** A unit can fill a report that does not exist yet, or one returned to it (back to DRAFT). */
export function canFill(state: ReportState): boolean {
  return state === 'NONE' || state === 'DRAFT';
}

const COMPARATORS: Record<string, string> = { GE: '≥', LE: '≤', EQ: '=', GT: '>', LT: '<' };

/** "≥ 95 %" — an indicator's target as the form shows it; qualitative targets show their text. */
export function targetText(i: {
  comparator: string;
  targetValue?: string | null;
  targetText?: string | null;
  unitOfMeasure: string;
}): string {
  if (i.comparator === 'QUALITATIVE' || i.targetValue == null) return i.targetText ?? '—';
  return `${COMPARATORS[i.comparator] ?? i.comparator} ${i.targetValue}${i.unitOfMeasure ? ` ${i.unitOfMeasure}` : ''}`;
}
