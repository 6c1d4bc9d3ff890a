// Execution figures shaped like the 2023 demo county (DOMAIN.md), for the tests of the analytics and the charts.
import {
  checkpointVariables,
  type AtCheckpoint,
  type Checkpoint,
  type ExecutionFigures as ExecutionFiguresFragment,
} from './checkpoints';

/** The demo county's checkpoints as the server gives them (`years { checkpointShares }`). */
export const CHECKPOINTS: readonly [Checkpoint, Checkpoint] = [
  { month: 5, elapsed: { numerator: 5, denominator: 12 } },
  { month: 8, elapsed: { numerator: 8, denominator: 12 } },
];
export const CHECKPOINT_VARIABLES = checkpointVariables(CHECKPOINTS);

export const MAY_TOTAL: ExecutionFiguresFragment = {
  key: 'TOTAL',
  label: '合计',
  projectCount: 132,
  budget: '468123456.78',
  executed: '133045678.90',
  executionRate: 0.284210664885623,
};
export const AUGUST_TOTAL: ExecutionFiguresFragment = {
  key: 'TOTAL',
  label: '合计',
  projectCount: 321,
  budget: '645037526.18',
  executed: '466012345.67',
  executionRate: 0.7224577280484572,
};
export const MAY_2022: ExecutionFiguresFragment = {
  key: '2022-05',
  label: '2022年5月监控',
  projectCount: 257,
  budget: '1071046388.90',
  executed: '350000000.00',
  executionRate: 0.3267833,
};
export const AUGUST_2022: ExecutionFiguresFragment = {
  key: '2022-08',
  label: '2022年8月监控',
  projectCount: 257,
  budget: '1071046388.90',
  executed: '810831427.49',
  executionRate: 0.7570447,
};
/** What a checkpoint without reports comes to. */
export const NO_REPORTS: ExecutionFiguresFragment = {
  key: 'TOTAL',
  label: '合计',
  projectCount: 0,
  budget: '0',
  executed: '0',
  executionRate: 0,
};

export function totals(
  may: ExecutionFiguresFragment,
  august: ExecutionFiguresFragment,
): AtCheckpoint<ExecutionFiguresFragment[]>[] {
  return [
    { checkpoint: CHECKPOINTS[0], value: [may] },
    { checkpoint: CHECKPOINTS[1], value: [august] },
  ];
}
