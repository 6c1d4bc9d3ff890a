// Dual monitoring (绩效监控"双监控"): at each checkpoint a project is judged on budget execution and on
// the completion of its key indicators; failures raise a yellow flag, consecutive failures a red one.

import type { Comparator, FlagLevel } from '@jixiao/schema/enums';
import type { CheckpointRule, Ratio, RuleSet } from '@jixiao/schema/rule-defaults';
import { RuleInputError, absBig, divRoundHalfUp, formatScaled, parseScaled } from './decimal.js';
import { parseYuan } from './money.js';
import { ratioFromBig, ratioTerms } from './ratio.js';

/** Indicator values (not money) accept up to four decimals, e.g. a rate of "98.5" or "0.9875". */
export const INDICATOR_DECIMALS = 4;

export interface KeyIndicatorReport {
  comparator: Comparator;
  /** Target value as a decimal string; free text allowed for QUALITATIVE. */
  planned: string;
  /** Reported completion as a decimal string; free text allowed for QUALITATIVE. */
  actual: string;
}

export interface MonitoringReport {
  /** Budget of the year, yuan. */
  budget: string;
  /** Executed so far, yuan. */
  executed: string;
  keyIndicators: KeyIndicatorReport[];
}

export type MonitoringReasonCode = 'EXECUTION_BELOW_ELAPSED' | 'KEY_INDICATOR_DEVIATION';

export interface MonitoringReason {
  code: MonitoringReasonCode;
  /** Position in keyIndicators, for KEY_INDICATOR_DEVIATION. */
  indicatorIndex?: number;
}

export interface MonitoringVerdict {
  failed: boolean;
  /** executed / budget in fen, not reduced (50000/120000); null when the budget is 0 (not applicable). */
  executionRate: Ratio | null;
  /** Execution first, then the failing indicators in their order. */
  reasons: MonitoringReason[];
}

const COMPARATOR_SET: ReadonlySet<string> = new Set(['GE', 'LE', 'EQ', 'GT', 'LT', 'QUALITATIVE']);

/**
 * Judges one project at one checkpoint. Execution fails when executed/budget is strictly below the
 * share of the year elapsed (exactly at the share passes); a key indicator fails when it deviates from
 * plan by more than the allowed deviation in the unfavourable direction.
 */
export function monitoringVerdict(
  report: MonitoringReport,
  checkpoint: Pick<CheckpointRule, 'elapsedShare'>,
  rules: Pick<RuleSet['monitoring'], 'maxKeyIndicatorDeviation'>,
): MonitoringVerdict {
  const budget = parseYuan(report.budget, 'budget');
  const executed = parseYuan(report.executed, 'executed');
  const elapsed = ratioTerms(checkpoint.elapsedShare, 'checkpoint.elapsedShare');
  if (!Array.isArray(report.keyIndicators)) {
    throw new RuleInputError('keyIndicators', '须为指标列表', 'must be a list of indicators');
  }

  const reasons: MonitoringReason[] = [];
  // A project with no budget has nothing to execute: its rate is not applicable, and it never fails on execution.
  const executionRate = budget === 0n ? null : ratioFromBig(executed, budget, 'executionRate');
  if (budget > 0n && executed * elapsed.d < elapsed.n * budget) {
    reasons.push({ code: 'EXECUTION_BELOW_ELAPSED' });
  }
  report.keyIndicators.forEach((indicator, index) => {
    if (keyIndicatorDeviates(indicator, rules.maxKeyIndicatorDeviation, `keyIndicators[${index}]`)) {
      reasons.push({ code: 'KEY_INDICATOR_DEVIATION', indicatorIndex: index });
    }
  });
  return { failed: reasons.length > 0, executionRate, reasons };
}

/**
 * True when the indicator's completion falls short of plan by more than `maxDeviation`:
 * GE/GT: actual < planned × (1 − dev); LE/LT: actual > planned × (1 + dev); EQ: |actual − planned| >
 * planned × dev. The tolerance is taken on |planned| so that a negative target (a decline) is judged
 * the same way. QUALITATIVE indicators are judged by a person, never here.
 */
export function keyIndicatorDeviates(indicator: KeyIndicatorReport, maxDeviation: Ratio, field = 'indicator'): boolean {
  if (indicator === null || typeof indicator !== 'object' || !COMPARATOR_SET.has(indicator.comparator)) {
    throw new RuleInputError(
      `${field}.comparator`,
      '比较符须为 GE、LE、EQ、GT、LT 或 QUALITATIVE',
      `must be one of GE, LE, EQ, GT, LT, QUALITATIVE (got ${String(indicator?.comparator)})`,
    );
  }
  if (indicator.comparator === 'QUALITATIVE') return false;
  const dev = ratioTerms(maxDeviation, 'maxKeyIndicatorDeviation');
  const planned = parseScaled(indicator.planned, `${field}.planned`, INDICATOR_DECIMALS, { allowNegative: true });
  const actual = parseScaled(indicator.actual, `${field}.actual`, INDICATOR_DECIMALS, { allowNegative: true });
  // Multiply through by dev.d so that planned × (1 ± n/d) stays an integer comparison.
  const tolerance = absBig(planned) * dev.n;
  switch (indicator.comparator) {
    case 'GE':
    case 'GT':
      return actual * dev.d < planned * dev.d - tolerance;
    case 'LE':
    case 'LT':
      return actual * dev.d > planned * dev.d + tolerance;
    case 'EQ':
      return absBig(actual - planned) * dev.d > tolerance;
  }
}

/**
 * The share of the year elapsed at the checkpoint of a month: the year's rule for that month, or month ÷ 12
 * when the rules have no checkpoint there (an extra checkpoint opened by hand).
 */
export function elapsedShareAt(month: number, rules: Pick<RuleSet['monitoring'], 'checkpoints'>): Ratio {
  return rules.checkpoints.find((c) => c.month === month)?.elapsedShare ?? { numerator: month, denominator: 12 };
}

export type IndicatorVerdictCode = 'ON_PLAN' | 'OFF_PLAN' | 'NOT_JUDGED';

export interface IndicatorVerdict {
  /** OFF_PLAN when keyIndicatorDeviates says so; NOT_JUDGED for a qualitative or non-numeric value. */
  verdict: IndicatorVerdictCode;
  /**
   * (actual − planned) ÷ |planned|, signed (positive above plan), rounded half-up to 4 decimals, as text;
   * null when not judged or planned is 0. For display: the verdict is judged exactly, not on this figure.
   */
  deviation: string | null;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * The verdict of one indicator's value at a checkpoint, by the rule the monitoring confirmation applies to
 * key indicators (keyIndicatorDeviates, comparator-aware: far above a ≥ target is on plan). The project page
 * shows this for every indicator; only key ones fail the checkpoint.
 */
export function indicatorVerdict(
  indicator: { comparator: Comparator; planned: string | null; actual: string | null },
  maxDeviation: Ratio,
): IndicatorVerdict {
  const { comparator, planned, actual } = indicator;
  if (comparator === 'QUALITATIVE' || planned === null || actual === null) {
    return { verdict: 'NOT_JUDGED', deviation: null };
  }
  if (!NUMERIC.test(planned) || !NUMERIC.test(actual)) return { verdict: 'NOT_JUDGED', deviation: null };
  const off = keyIndicatorDeviates({ comparator, planned, actual }, maxDeviation);
  const p = parseScaled(planned, 'planned', INDICATOR_DECIMALS, { allowNegative: true });
  const a = parseScaled(actual, 'actual', INDICATOR_DECIMALS, { allowNegative: true });
  const deviation = p === 0n ? null : formatScaled(divRoundHalfUp((a - p) * 10_000n, absBig(p)), 4);
  return { verdict: off ? 'OFF_PLAN' : 'ON_PLAN', deviation };
}

export type FlagAction = 'NONE' | 'RAISE_YELLOW' | 'KEEP_YELLOW' | 'ESCALATE_TO_RED' | 'RAISE_RED' | 'KEEP_RED';

export interface FlagSituation {
  /** The project's open flag, if any (a closed flag counts as none). */
  openFlag: null | { level: FlagLevel };
  /**
   * How many checkpoints in a row failed immediately before this one (0 when the previous one passed).
   * With the default failuresForRed = 2 this is 1 exactly when "the previous checkpoint failed".
   */
  consecutiveFailuresBefore: number;
  /** Whether this checkpoint failed (monitoringVerdict().failed). */
  failed: boolean;
}

/**
 * What to do with the project's flag after a checkpoint. A pass does nothing: an open flag stays open
 * until a person closes it after rectification (销号). A failure that completes a run of failuresForRed
 * consecutive failures makes the flag red (escalating an open yellow, or raising a new red when the yellow
 * was closed in between); a shorter run raises a yellow flag, or keeps the open one. A red flag is never
 * downgraded by the rule.
 */
export function nextFlagAction(
  situation: FlagSituation,
  rules: Pick<RuleSet['monitoring'], 'failuresForRed'>,
): FlagAction {
  const before = situation.consecutiveFailuresBefore;
  if (!Number.isSafeInteger(before) || before < 0) {
    throw new RuleInputError(
      'consecutiveFailuresBefore',
      '须为非负整数',
      `must be a non-negative integer (got ${String(before)})`,
    );
  }
  if (!Number.isSafeInteger(rules.failuresForRed) || rules.failuresForRed < 1) {
    throw new RuleInputError(
      'failuresForRed',
      '须为正整数',
      `must be a positive integer (got ${String(rules.failuresForRed)})`,
    );
  }
  const level = situation.openFlag?.level ?? null;
  if (level !== null && level !== 'YELLOW' && level !== 'RED') {
    throw new RuleInputError('openFlag.level', '须为 YELLOW 或 RED', `must be YELLOW or RED (got ${String(level)})`);
  }
  if (!situation.failed) return 'NONE';
  if (level === 'RED') return 'KEEP_RED';
  if (before + 1 >= rules.failuresForRed) return level === 'YELLOW' ? 'ESCALATE_TO_RED' : 'RAISE_RED';
  return level === 'YELLOW' ? 'KEEP_YELLOW' : 'RAISE_YELLOW';
}

export interface CheckpointDates {
  /** Last day of the checkpoint month, YYYY-MM-DD. */
  periodEnd: string;
  /** reportDueDay of the following month (the last day of that month if it is shorter), YYYY-MM-DD. */
  reportDue: string;
}

/** The period end and report due date of a checkpoint in a year: May → 2024-05-31 and 2024-06-10. */
export function checkpointDates(
  year: number,
  checkpoint: Pick<CheckpointRule, 'month' | 'reportDueDay'>,
): CheckpointDates {
  checkYear(year, 'year');
  const { month, reportDueDay } = checkpoint;
  if (!Number.isSafeInteger(month) || month < 1 || month > 12) {
    throw new RuleInputError('checkpoint.month', '月份须为1到12', `must be a month 1–12 (got ${String(month)})`);
  }
  if (!Number.isSafeInteger(reportDueDay) || reportDueDay < 1 || reportDueDay > 31) {
    throw new RuleInputError(
      'checkpoint.reportDueDay',
      '日期须为1到31',
      `must be a day 1–31 (got ${String(reportDueDay)})`,
    );
  }
  const dueYear = month === 12 ? year + 1 : year;
  const dueMonth = month === 12 ? 1 : month + 1;
  // "Due on the 31st" in a 30-day month means its last day, not the 1st of the month after.
  const dueDay = Math.min(reportDueDay, daysInMonth(dueYear, dueMonth));
  return {
    periodEnd: isoDate(year, month, daysInMonth(year, month)),
    reportDue: isoDate(dueYear, dueMonth, dueDay),
  };
}

/** The rectification deadline of a flag: rectificationDays calendar days after the report due date. */
export function rectificationDeadline(
  reportDue: string,
  rules: Pick<RuleSet['monitoring'], 'rectificationDays'>,
): string {
  const days = rules.rectificationDays;
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RuleInputError(
      'rectificationDays',
      '须为非负整数',
      `must be a non-negative integer (got ${String(days)})`,
    );
  }
  const { year, month, day } = parseIsoDate(reportDue, 'reportDue');
  // Calendar arithmetic in UTC milliseconds: no time zone, no daylight saving, so it is pure.
  const date = new Date(Date.UTC(year, month - 1, day) + days * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function checkYear(year: number, field: string): void {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9998) {
    throw new RuleInputError(field, '年份须为四位数', `must be a four-digit year (got ${String(year)})`);
  }
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseIsoDate(text: string, field: string): { year: number; month: number; day: number } {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  const day = match ? Number(match[3]) : NaN;
  if (!match || year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RuleInputError(
      field,
      '须为有效日期 YYYY-MM-DD',
      `must be a valid date YYYY-MM-DD (got ${JSON.stringify(text)})`,
    );
  }
  return { year, month, day };
}

/**
 * The value an indicator should have reached at a checkpoint: quantities that accrue over the year
 * (GE counts, not rates or scores) pro rata to the months elapsed; everything else its full target.
 */
export function plannedAtCheckpoint(
  indicator: { comparator: Comparator; target: string | null; unitOfMeasure: string },
  month: number,
): string | null {
  if (indicator.target === null || indicator.comparator === 'QUALITATIVE') return null;
  const accrues = indicator.comparator === 'GE' && !['%', '分'].includes(indicator.unitOfMeasure);
  const target = parseScaled(indicator.target, 'target', INDICATOR_DECIMALS, { allowNegative: true });
  const value = accrues ? divRoundHalfUp(target * BigInt(month), 12n) : target;
  return formatScaled(value, INDICATOR_DECIMALS).replace(/\.?0+$/, '');
}
