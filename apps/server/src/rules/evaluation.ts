// Evaluation (绩效评价): the self-evaluation score, its grade, and the caps that hold a grade down
// whatever the score says (audit findings, misuse, unrectified monitoring failures, authenticity veto).

import type { Grade } from '@jixiao/schema/enums';
import type { RuleSet } from '@jixiao/schema/rule-defaults';
import { RuleInputError, divRoundHalfUp } from './decimal.js';
import { parseYuan } from './money.js';
import { type ScoreInput, formatScore, parseRuleNumber, parseScore, parseWeights, weightedPart } from './score.js';

export interface SelfEvaluationInput {
  /** Budget of the year, yuan. */
  budget: string;
  /** Executed in the year, yuan. */
  executed: string;
  /** Completion percentages 0–100, two decimals at most. */
  outputCompletion: ScoreInput;
  benefitCompletion: ScoreInput;
  satisfactionCompletion: ScoreInput;
}

export interface SelfEvaluationScore {
  /** Sum of the parts, two decimals. */
  score: string;
  /** Each part already weighted and rounded half-up to the hundredth. */
  parts: { execution: string; output: string; benefit: string; satisfaction: string };
}

const WEIGHT_KEYS = ['execution', 'output', 'benefit', 'satisfaction'] as const;

/**
 * The self-evaluation score: w_exec × min(executed/budget, 1) + w_out × output% + w_ben × benefit% +
 * w_sat × satisfaction%. Each part is rounded half-up to the hundredth and the score is the sum of the
 * rounded parts, so the parts shown to a unit always add up to its score. Overspending earns no bonus
 * (the rate is capped at 1); a zero budget counts as fully executed, as in monitoring.
 */
export function selfEvaluationScore(
  input: SelfEvaluationInput,
  rules: Pick<RuleSet['evaluation'], 'weights'>,
): SelfEvaluationScore {
  const weights = parseWeights(rules.weights, WEIGHT_KEYS, 'evaluation.weights');
  const budget = parseYuan(input.budget, 'budget');
  const executed = parseYuan(input.executed, 'executed');
  const output = parseScore(input.outputCompletion, 'outputCompletion');
  const benefit = parseScore(input.benefitCompletion, 'benefitCompletion');
  const satisfaction = parseScore(input.satisfactionCompletion, 'satisfactionCompletion');

  const capped = executed > budget ? budget : executed;
  const execution = budget === 0n ? weights.execution : divRoundHalfUp(weights.execution * capped, budget);
  const parts = {
    execution,
    output: weightedPart(weights.output, output),
    benefit: weightedPart(weights.benefit, benefit),
    satisfaction: weightedPart(weights.satisfaction, satisfaction),
  };
  return {
    score: formatScore(parts.execution + parts.output + parts.benefit + parts.satisfaction),
    parts: {
      execution: formatScore(parts.execution),
      output: formatScore(parts.output),
      benefit: formatScore(parts.benefit),
      satisfaction: formatScore(parts.satisfaction),
    },
  };
}

/** The grade of a score by the bands (lowest score of each band, inclusive): 89.99 → GOOD, 90.00 → EXCELLENT. */
export function gradeOf(score: ScoreInput, rules: Pick<RuleSet['evaluation'], 'gradeBands'>): Grade {
  const value = parseScore(score, 'score');
  const excellent = parseRuleNumber(rules.gradeBands.EXCELLENT, 'evaluation.gradeBands.EXCELLENT');
  const good = parseRuleNumber(rules.gradeBands.GOOD, 'evaluation.gradeBands.GOOD');
  const medium = parseRuleNumber(rules.gradeBands.MEDIUM, 'evaluation.gradeBands.MEDIUM');
  if (!(excellent > good && good > medium)) {
    throw new RuleInputError(
      'evaluation.gradeBands',
      '等级分数线须依次递减',
      'bands must descend: EXCELLENT > GOOD > MEDIUM',
    );
  }
  if (value >= excellent) return 'EXCELLENT';
  if (value >= good) return 'GOOD';
  if (value >= medium) return 'MEDIUM';
  return 'POOR';
}

export const GRADE_CAP_CODES = [
  'AUDIT_FINDINGS',
  'MAJOR_MISUSE',
  'TWO_FAILED_CHECKPOINTS_UNRECTIFIED',
  'AUTHENTICITY_VETO',
] as const;
export type GradeCapCode = (typeof GRADE_CAP_CODES)[number];

export interface GradeCap {
  code: GradeCapCode;
  zh: string;
  en: string;
  /** The worst grade this cap allows. */
  ceiling: Grade;
  /**
   * True when this cap is what brought the grade down to its final value: its ceiling is below the
   * uncapped grade and equal to the final grade. A cap whose condition holds but is outdone by a stronger
   * one (audit findings next to major misuse), or that the score already satisfied, is listed, not applied.
   */
  applied: boolean;
  /** The recorded findings behind it (document numbers), for AUDIT_FINDINGS and MAJOR_MISUSE. */
  findings: string[];
}

export interface FinalGradeInput {
  score: ScoreInput;
  /** Audit or financial-supervision findings (审计、财会监督发现问题). */
  auditFindings: boolean;
  /** Major misuse of funds (重大违规使用资金). */
  majorMisuse: boolean;
  /** Failed monitoring checkpoints of the year that were not rectified. */
  failedCheckpointsUnrectified: number;
  /** The project failed the authenticity check (真实性核查). */
  authenticityFailed: boolean;
  /** The recorded findings behind auditFindings / majorMisuse (document numbers), named in the cap. */
  auditFindingRefs?: string[];
  misuseRefs?: string[];
}

export interface FinalGrade {
  grade: Grade;
  /** The grade the score alone would give. */
  uncappedGrade: Grade;
  /** Every cap whose condition holds, in the order of GRADE_CAP_CODES. */
  caps: GradeCap[];
  /** The authenticity veto recalls the project's funds (and responsibility is pursued). */
  recallFunds: boolean;
}

export interface FinalGradeRules {
  evaluation: Pick<RuleSet['evaluation'], 'gradeBands'>;
  /** failuresForRed is also the number of unrectified failed checkpoints that caps the grade. */
  monitoring: Pick<RuleSet['monitoring'], 'failuresForRed'>;
}

// Best first, so a larger index is a worse grade.
const GRADE_RANK: Record<Grade, number> = { EXCELLENT: 0, GOOD: 1, MEDIUM: 2, POOR: 3 };

function worse(a: Grade, b: Grade): Grade {
  return GRADE_RANK[a] >= GRADE_RANK[b] ? a : b;
}

/**
 * The final grade: the score's grade, held down by every cap whose condition holds (DOMAIN.md
 * "Caps"): findings or unrectified failed checkpoints → at most MEDIUM; major misuse → POOR;
 * a failed authenticity check is a veto → POOR and the funds are recalled.
 */
export function finalGrade(input: FinalGradeInput, rules: FinalGradeRules): FinalGrade {
  const uncappedGrade = gradeOf(input.score, rules.evaluation);
  const failures = input.failedCheckpointsUnrectified;
  if (!Number.isSafeInteger(failures) || failures < 0) {
    throw new RuleInputError(
      'failedCheckpointsUnrectified',
      '须为非负整数',
      `must be a non-negative integer (got ${String(failures)})`,
    );
  }
  for (const flag of ['auditFindings', 'majorMisuse', 'authenticityFailed'] as const) {
    if (typeof input[flag] !== 'boolean') {
      throw new RuleInputError(flag, '须为布尔值', `must be true or false (got ${String(input[flag])})`);
    }
  }
  const forRed = rules.monitoring.failuresForRed;
  if (!Number.isSafeInteger(forRed) || forRed < 1) {
    throw new RuleInputError(
      'monitoring.failuresForRed',
      '须为正整数',
      `must be a positive integer (got ${String(forRed)})`,
    );
  }

  const holding: Array<Omit<GradeCap, 'applied'>> = [];
  const auditRefs = input.auditFindingRefs ?? [];
  const misuseRefs = input.misuseRefs ?? [];
  const zhRefs = (refs: string[]) => (refs.length ? `（${refs.join('、')}）` : '');
  const enRefs = (refs: string[]) => (refs.length ? ` (${refs.join(', ')})` : '');
  if (input.auditFindings) {
    holding.push({
      code: 'AUDIT_FINDINGS',
      ceiling: 'MEDIUM',
      zh: `存在审计或财会监督发现的问题${zhRefs(auditRefs)}，评价等级不得为优、良`,
      en: `Audit or financial-supervision findings${enRefs(auditRefs)}: the grade cannot be Excellent or Good`,
      findings: auditRefs,
    });
  }
  if (input.majorMisuse) {
    holding.push({
      code: 'MAJOR_MISUSE',
      ceiling: 'POOR',
      zh: `存在重大违规使用资金问题${zhRefs(misuseRefs)}，评价等级直接定为差`,
      en: `Major misuse of funds${enRefs(misuseRefs)}: graded Poor outright`,
      findings: misuseRefs,
    });
  }
  if (failures >= forRed) {
    holding.push({
      code: 'TWO_FAILED_CHECKPOINTS_UNRECTIFIED',
      ceiling: 'MEDIUM',
      zh: `${failures}个绩效监控节点未达标且未整改，评价等级不得为优、良`,
      en: `${failures} failed monitoring checkpoints not rectified: the grade cannot be Excellent or Good`,
      findings: [],
    });
  }
  if (input.authenticityFailed) {
    holding.push({
      code: 'AUTHENTICITY_VETO',
      ceiling: 'POOR',
      zh: '真实性核查未通过，一票否决：评价等级定为差，收回资金并追究责任',
      en: 'Failed authenticity check (veto): graded Poor, funds recalled, responsibility pursued',
      findings: [],
    });
  }

  const grade = holding.reduce<Grade>((g, cap) => worse(g, cap.ceiling), uncappedGrade);
  const caps = holding.map((cap) => ({
    ...cap,
    applied: GRADE_RANK[cap.ceiling] > GRADE_RANK[uncappedGrade] && cap.ceiling === grade,
  }));
  return { grade, uncappedGrade, caps, recallFunds: input.authenticityFailed };
}

const GRADE_ZH: Record<Grade, string> = { EXCELLENT: '优', GOOD: '良', MEDIUM: '中', POOR: '差' };
const GRADE_EN: Record<Grade, string> = { EXCELLENT: 'Excellent', GOOD: 'Good', MEDIUM: 'Medium', POOR: 'Poor' };
const CAP_REASON: Record<GradeCapCode, { zh: string; en: string }> = {
  AUDIT_FINDINGS: { zh: '审计或财会监督发现问题', en: 'audit or financial-supervision finding' },
  MAJOR_MISUSE: { zh: '重大违规使用资金', en: 'major misuse of funds' },
  TWO_FAILED_CHECKPOINTS_UNRECTIFIED: {
    zh: '绩效监控未达标且未整改',
    en: 'failed monitoring checkpoints not rectified',
  },
  AUTHENTICITY_VETO: { zh: '真实性核查未通过（一票否决）', en: 'failed authenticity check (veto)' },
};

/**
 * Why a grade is lower than its score says, in one sentence: "因审计或财会监督发现问题（县审报〔2024〕12号）
 * 等级限定为中" / "capped at Medium because of audit or financial-supervision finding 县审报〔2024〕12号".
 * Null when no cap brought the grade down.
 */
export function capNote(
  grade: Grade | null,
  caps: ReadonlyArray<{ code: string; applied: boolean; findings?: string[] }>,
): { zh: string; en: string } | null {
  if (!grade) return null;
  const applied = caps.filter((c) => c.applied && c.code in CAP_REASON);
  if (applied.length === 0) return null;
  const zh = applied.map((c) => {
    const refs = c.findings ?? [];
    return CAP_REASON[c.code as GradeCapCode].zh + (refs.length ? `（${refs.join('、')}）` : '');
  });
  const en = applied.map((c) => {
    const refs = c.findings ?? [];
    return CAP_REASON[c.code as GradeCapCode].en + (refs.length ? ` ${refs.join(', ')}` : '');
  });
  return {
    zh: `因${zh.join('、')}，等级限定为${GRADE_ZH[grade]}`,
    en: `capped at ${GRADE_EN[grade]} because of ${en.join(' and ')}`,
  };
}

/** Central transfer-payment self-evaluation reports scored below the threshold go back for rectification. */
export function needsTransferPaymentRectification(
  score: ScoreInput,
  rules: Pick<RuleSet['evaluation'], 'transferPaymentRectifyBelow'>,
): boolean {
  const threshold = parseRuleNumber(rules.transferPaymentRectifyBelow, 'evaluation.transferPaymentRectifyBelow');
  return parseScore(score, 'score') < threshold;
}
