// The rule set of a year: every threshold, weight, band and ratio the rules use.
// Defaults follow national practice (DOMAIN.md); each county stores its own per year,
// so changing next year's rules never touches code nor last year's results.

/** An exact ratio, compared by cross-multiplication (never as a float). */
export interface Ratio {
  numerator: number;
  denominator: number;
}

export interface CheckpointRule {
  /** Month at whose end the checkpoint falls (5 = end of May). */
  month: number;
  /** Share of the year elapsed: an execution rate below it fails the checkpoint. */
  elapsedShare: Ratio;
  /** Reports are due on this day of the following month. */
  reportDueDay: number;
}

export interface RuleSet {
  monitoring: {
    checkpoints: CheckpointRule[];
    /** A key indicator whose completion deviates from plan by more than this fails the checkpoint. */
    maxKeyIndicatorDeviation: Ratio;
    /** Consecutive failed checkpoints that turn a yellow flag red. */
    failuresForRed: number;
    /** Days given to rectify a flag, counted from the report due date. */
    rectificationDays: number;
    /** Month (end) of unit-wide monitoring. */
    unitWideMonth: number;
  };
  evaluation: {
    /** Self-evaluation weights; they add up to 100. */
    weights: { execution: number; output: number; benefit: number; satisfaction: number };
    /** Lowest score (inclusive) of each grade above POOR. */
    gradeBands: { EXCELLENT: number; GOOD: number; MEDIUM: number };
    /** Central transfer-payment self-evaluation reports below this go back for rectification. */
    transferPaymentRectifyBelow: number;
  };
  departmentEvaluation: {
    /** Department evaluation must cover at least this share of a unit's project budget. */
    minBudgetShare: Ratio;
  };
  keyEvaluation: {
    minProjects: number;
    /** Key evaluations of a budget year are due on this day of the year after (20 July by default). */
    due: { month: number; day: number };
  };
  authenticity: {
    /** The upper level / finance bureau samples at least this share for authenticity checks. */
    minSampleShare: Ratio;
  };
  resultApplication: {
    /** Proposed cut of next year's project budget, by grade. */
    cutShare: { MEDIUM: Ratio; POOR: Ratio };
  };
  exAnte: {
    /** County investment (yuan) from which an agency may re-assess. */
    agencyReassessmentFrom: string;
  };
  agencyRating: {
    weights: { quantity: number; quality: number; effect: number; satisfaction: number };
    /** Lowest score (inclusive) of ratings A, B, C; below C is D. */
    bands: { A: number; B: number; C: number };
  };
}

export const DEFAULT_RULE_SET: RuleSet = {
  monitoring: {
    checkpoints: [
      { month: 5, elapsedShare: { numerator: 5, denominator: 12 }, reportDueDay: 10 },
      { month: 8, elapsedShare: { numerator: 8, denominator: 12 }, reportDueDay: 10 },
    ],
    maxKeyIndicatorDeviation: { numerator: 20, denominator: 100 },
    failuresForRed: 2,
    rectificationDays: 30,
    unitWideMonth: 6,
  },
  evaluation: {
    weights: { execution: 10, output: 50, benefit: 30, satisfaction: 10 },
    gradeBands: { EXCELLENT: 90, GOOD: 80, MEDIUM: 60 },
    transferPaymentRectifyBelow: 90,
  },
  departmentEvaluation: { minBudgetShare: { numerator: 20, denominator: 100 } },
  keyEvaluation: { minProjects: 5, due: { month: 7, day: 20 } },
  authenticity: { minSampleShare: { numerator: 10, denominator: 100 } },
  resultApplication: {
    cutShare: {
      MEDIUM: { numerator: 10, denominator: 100 },
      POOR: { numerator: 20, denominator: 100 },
    },
  },
  exAnte: { agencyReassessmentFrom: '500000.00' },
  agencyRating: {
    weights: { quantity: 20, quality: 40, effect: 20, satisfaction: 20 },
    bands: { A: 90, B: 75, C: 60 },
  },
};
