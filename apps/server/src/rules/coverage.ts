// Coverage checks: a unit's department evaluation must cover a minimum share of its project budget,
// and a transfer payment's split across regions and projects must add up to the upper level's value.

import type { Ratio, RuleSet } from '@jixiao/schema/rule-defaults';
import { RuleInputError, divCeil } from './decimal.js';
import { formatYuan, parseYuan, sumYuan } from './money.js';
import { ratioFromBig, ratioTerms } from './ratio.js';

export interface CoverageInput {
  /** Budgets of all the unit's projects, yuan. */
  unitProjectBudgets: string[];
  /** Budgets of the projects selected for department evaluation, yuan (a subset of the above). */
  selectedBudgets: string[];
}

export interface Coverage {
  /** selected / total in fen, not reduced; {1, 1} when the unit has no project budget (nothing to cover). */
  share: Ratio;
  /** share ≥ minBudgetShare (exactly at the share meets). */
  meets: boolean;
  /** Yuan of project budget still to select; "0.00" when met. */
  shortfall: string;
}

/**
 * Whether the projects chosen for department evaluation cover enough of the unit's project budget.
 * The shortfall is rounded up to the fen, not half-up: selecting exactly that much more must meet the
 * rule, and rounding down could leave the unit a fen short.
 */
export function departmentEvaluationCoverage(
  input: CoverageInput,
  rules: Pick<RuleSet['departmentEvaluation'], 'minBudgetShare'>,
): Coverage {
  const min = ratioTerms(rules.minBudgetShare, 'departmentEvaluation.minBudgetShare');
  const total = sumYuan(input.unitProjectBudgets, 'unitProjectBudgets');
  const selected = sumYuan(input.selectedBudgets, 'selectedBudgets');
  if (selected > total) {
    throw new RuleInputError(
      'selectedBudgets',
      '所选项目预算之和超过单位项目预算总额',
      `add up to ${formatYuan(selected)}, more than the unit's project budget ${formatYuan(total)}`,
    );
  }
  if (total === 0n) return { share: { numerator: 1, denominator: 1 }, meets: true, shortfall: '0.00' };
  const meets = selected * min.d >= min.n * total;
  const needed = divCeil(min.n * total, min.d);
  return {
    share: ratioFromBig(selected, total, 'share'),
    meets,
    shortfall: formatYuan(meets ? 0n : needed - selected),
  };
}

export interface TransferSplitInput {
  /** The upper level's value for the transfer payment, yuan. */
  upperValue: string;
  /** The values it is split into, per region and project, yuan. */
  splitValues: string[];
}

export interface TransferSplitCheck {
  /** The split adds up to the upper value exactly. */
  ok: boolean;
  /** Σ splitValues. */
  sum: string;
  /** upperValue − sum: still to split when positive, over-split when negative. */
  difference: string;
}

/** Checks that a transfer payment's split adds up exactly, to the fen, to the upper level's value. */
export function transferSplitCheck(input: TransferSplitInput): TransferSplitCheck {
  const upper = parseYuan(input.upperValue, 'upperValue');
  const sum = sumYuan(input.splitValues, 'splitValues');
  return { ok: sum === upper, sum: formatYuan(sum), difference: formatYuan(upper - sum) };
}
