// Result application (结果应用): MEDIUM and POOR projects are cut by a share of next year's project
// budget. The rule only proposes the cut; the Budget Section decides.

import type { Grade } from '@jixiao/schema/enums';
import type { Ratio, RuleSet } from '@jixiao/schema/rule-defaults';
import { RuleInputError, divRoundHalfUp } from './decimal.js';
import { formatYuan, parseYuan } from './money.js';
import { ratioTerms } from './ratio.js';

export interface CutInput {
  grade: Grade;
  /** Next year's project budget the cut applies to, yuan. */
  baseBudget: string;
}

export interface CutProposal {
  /** The share cut (as in the rule set), or null when the grade is not cut. */
  share: Ratio | null;
  /** baseBudget × share, rounded half-up to the fen; "0.00" when none. */
  cut: string;
  /** baseBudget − cut. */
  remaining: string;
}

/** The proposed cut for a project's grade: only MEDIUM and POOR are cut; EXCELLENT and GOOD keep all. */
export function proposedCut(input: CutInput, rules: Pick<RuleSet['resultApplication'], 'cutShare'>): CutProposal {
  const base = parseYuan(input.baseBudget, 'baseBudget');
  let share: Ratio | null;
  switch (input.grade) {
    case 'EXCELLENT':
    case 'GOOD':
      share = null;
      break;
    case 'MEDIUM':
    case 'POOR':
      share = rules.cutShare[input.grade];
      break;
    default:
      throw new RuleInputError(
        'grade',
        '等级须为 EXCELLENT、GOOD、MEDIUM 或 POOR',
        `must be EXCELLENT, GOOD, MEDIUM or POOR (got ${String(input.grade)})`,
      );
  }
  if (share === null) return { share: null, cut: '0.00', remaining: formatYuan(base) };
  const { n, d } = ratioTerms(share, `resultApplication.cutShare.${input.grade}`);
  if (n > d) {
    throw new RuleInputError(
      `resultApplication.cutShare.${input.grade}`,
      '压减比例不得超过1',
      'a cut cannot exceed the whole budget',
    );
  }
  const cut = divRoundHalfUp(base * n, d);
  return {
    share: { numerator: share.numerator, denominator: share.denominator },
    cut: formatYuan(cut),
    remaining: formatYuan(base - cut),
  };
}
