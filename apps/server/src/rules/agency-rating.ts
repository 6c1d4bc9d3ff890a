// Third-party agency supervision: each agency is rated every year on the quantity, quality, effect and
// satisfaction of its work; the weighted score gives a credit rating A–D that is published.

import type { AgencyRating } from '@jixiao/schema/enums';
import type { RuleSet } from '@jixiao/schema/rule-defaults';
import { RuleInputError, divRoundHalfUp } from './decimal.js';
import { type ScoreInput, formatScore, parseRuleNumber, parseScore, parseWeights } from './score.js';

export interface AgencyRatingInput {
  /** Each a score 0–100, two decimals at most. */
  quantity: ScoreInput;
  quality: ScoreInput;
  effect: ScoreInput;
  satisfaction: ScoreInput;
}

export interface AgencyRatingResult {
  /** Σ weight × score / 100, rounded half-up once, on the total, to two decimals. */
  score: string;
  rating: AgencyRating;
}

const KEYS = ['quantity', 'quality', 'effect', 'satisfaction'] as const;

/** An agency's weighted score and its rating. */
export function agencyRating(
  input: AgencyRatingInput,
  rules: Pick<RuleSet['agencyRating'], 'weights' | 'bands'>,
): AgencyRatingResult {
  const weights = parseWeights(rules.weights, KEYS, 'agencyRating.weights');
  // Σ w·c with w and c in hundredths is in 10^-4 units of score × 100; one division brings it back to
  // hundredths, so the total is rounded exactly once.
  let weighted = 0n;
  for (const key of KEYS) weighted += weights[key] * parseScore(input[key], key);
  const score = formatScore(divRoundHalfUp(weighted, 10000n));
  return { score, rating: ratingOf(score, rules) };
}

/** The rating of a score by the bands (lowest score of A, B, C, inclusive): 74.99 → C, 75.00 → B. */
export function ratingOf(score: ScoreInput, rules: Pick<RuleSet['agencyRating'], 'bands'>): AgencyRating {
  const value = parseScore(score, 'score');
  const a = parseRuleNumber(rules.bands.A, 'agencyRating.bands.A');
  const b = parseRuleNumber(rules.bands.B, 'agencyRating.bands.B');
  const c = parseRuleNumber(rules.bands.C, 'agencyRating.bands.C');
  if (!(a > b && b > c)) {
    throw new RuleInputError('agencyRating.bands', '评级分数线须依次递减', 'bands must descend: A > B > C');
  }
  if (value >= a) return 'A';
  if (value >= b) return 'B';
  if (value >= c) return 'C';
  return 'D';
}

export interface AgencyWork {
  /** Work assigned for the year: key evaluations and ex-ante re-assessments (事前评估复评). */
  assigned: number;
  /** Of which completed (a final evaluation, a re-assessment opinion given). */
  completed: number;
  /** Of the completed, those finished in time (by the deadline; a re-assessment before the assessment concluded). */
  onTime: number;
  /** Findings reported, and those the expert panel upheld. */
  findings: number;
  findingsUpheld: number;
  /** Reports sent back for rework. */
  reworks: number;
}

/**
 * Three of the four rating components from an agency's actual work (satisfaction is entered by the
 * performance section): quantity = completed ÷ assigned; effect = on time ÷ completed; quality = upheld
 * findings ÷ findings (100 with completed work and no findings), less 10 points a rework, not below 0; an
 * agency that completed nothing has no quality to show: 0, never 100 (issue 13 §3). Each 0–100, two decimals.
 */
export function agencyWorkComponents(work: AgencyWork): { quantity: string; quality: string; effect: string } {
  for (const [k, v] of Object.entries(work)) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new RuleInputError(k, '须为非负整数', `must be a non-negative integer (got ${String(v)})`);
  }
  if (work.completed > work.assigned) throw new RuleInputError('completed', '不能多于委托数', 'cannot exceed assigned');
  if (work.onTime > work.completed) throw new RuleInputError('onTime', '不能多于完成数', 'cannot exceed completed');
  if (work.findingsUpheld > work.findings)
    throw new RuleInputError('findingsUpheld', '不能多于问题数', 'cannot exceed findings');
  const pct = (n: number, d: number) => (d === 0 ? 0n : divRoundHalfUp(BigInt(n) * 10000n, BigInt(d)));
  const quality =
    work.completed === 0
      ? 0n
      : (work.findings === 0 ? 10000n : pct(work.findingsUpheld, work.findings)) - BigInt(work.reworks) * 1000n;
  return {
    quantity: formatScore(pct(work.completed, work.assigned)),
    quality: formatScore(quality < 0n ? 0n : quality),
    effect: formatScore(pct(work.onTime, work.completed)),
  };
}
