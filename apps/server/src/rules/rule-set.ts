// A year's rule set arrives as JSON (database, admin form, import). It is checked here once, in full,
// so that every rule can trust its parameters, and so that a person fixing a rule set sees every
// problem at once, each with its field path, in Chinese and English.

import type { CheckpointRule, Ratio, RuleSet } from '@jixiao/schema/rule-defaults';
import { formatScaled, parseScaled } from './decimal.js';

export interface RuleSetIssue {
  /** Dotted path of the field, e.g. "monitoring.checkpoints[1].month". */
  path: string;
  zh: string;
  en: string;
}

/** Thrown by parseRuleSet; the message lists every issue, one per line: "path: 中文 / English". */
export class RuleSetError extends Error {
  readonly issues: RuleSetIssue[];

  constructor(issues: RuleSetIssue[]) {
    super(['规则集无效 / invalid rule set:', ...issues.map((i) => `${i.path}: ${i.zh} / ${i.en}`)].join('\n'));
    this.name = 'RuleSetError';
    this.issues = issues;
  }
}

/** Validates a rule set and returns a fresh copy of it; throws RuleSetError listing every problem. */
export function parseRuleSet(json: unknown): RuleSet {
  const checker = new Checker();
  const result = readRuleSet(checker, json);
  if (checker.issues.length > 0 || result === undefined) throw new RuleSetError(checker.issues);
  return result;
}

/** The problems of a rule set, without throwing (for forms that show them next to the fields). */
export function ruleSetIssues(json: unknown): RuleSetIssue[] {
  const checker = new Checker();
  readRuleSet(checker, json);
  return checker.issues;
}

function readRuleSet(c: Checker, json: unknown): RuleSet | undefined {
  const root = c.object(json, '', [
    'monitoring',
    'evaluation',
    'departmentEvaluation',
    'keyEvaluation',
    'authenticity',
    'resultApplication',
    'exAnte',
    'agencyRating',
  ]);
  if (!root) return undefined;

  const monitoring = readMonitoring(c, root.monitoring);

  const ev = c.object(root.evaluation, 'evaluation', ['weights', 'gradeBands', 'transferPaymentRectifyBelow']);
  const evaluation = ev && {
    weights: c.weights(ev.weights, 'evaluation.weights', ['execution', 'output', 'benefit', 'satisfaction'] as const),
    gradeBands: c.bands(ev.gradeBands, 'evaluation.gradeBands', ['EXCELLENT', 'GOOD', 'MEDIUM'] as const),
    transferPaymentRectifyBelow: c.score(ev.transferPaymentRectifyBelow, 'evaluation.transferPaymentRectifyBelow'),
  };

  const de = c.object(root.departmentEvaluation, 'departmentEvaluation', ['minBudgetShare']);
  const departmentEvaluation = de && {
    minBudgetShare: c.ratio(de.minBudgetShare, 'departmentEvaluation.minBudgetShare', true),
  };

  const ke = c.object(root.keyEvaluation, 'keyEvaluation', ['minProjects', 'due']);
  const due = ke && c.object(ke.due, 'keyEvaluation.due', ['month', 'day']);
  const keyEvaluation = ke && {
    minProjects: c.int(ke.minProjects, 'keyEvaluation.minProjects', 0),
    due: due && c.dayOfYear(due, 'keyEvaluation.due'),
  };

  const au = c.object(root.authenticity, 'authenticity', ['minSampleShare']);
  const authenticity = au && { minSampleShare: c.ratio(au.minSampleShare, 'authenticity.minSampleShare', true) };

  const ra = c.object(root.resultApplication, 'resultApplication', ['cutShare']);
  const cs = ra && c.object(ra.cutShare, 'resultApplication.cutShare', ['MEDIUM', 'POOR']);
  const cutShare = cs && {
    MEDIUM: c.ratio(cs.MEDIUM, 'resultApplication.cutShare.MEDIUM', true),
    POOR: c.ratio(cs.POOR, 'resultApplication.cutShare.POOR', true),
  };
  // A worse grade must never be cut less than a better one.
  if (cutShare?.MEDIUM && cutShare.POOR) {
    const medium = BigInt(cutShare.MEDIUM.numerator) * BigInt(cutShare.POOR.denominator);
    const poor = BigInt(cutShare.POOR.numerator) * BigInt(cutShare.MEDIUM.denominator);
    if (poor < medium) {
      c.add(
        'resultApplication.cutShare',
        '差的压减比例不得低于中',
        'the POOR cut must not be smaller than the MEDIUM cut',
      );
    }
  }

  const ea = c.object(root.exAnte, 'exAnte', ['agencyReassessmentFrom']);
  const exAnte = ea && { agencyReassessmentFrom: c.money(ea.agencyReassessmentFrom, 'exAnte.agencyReassessmentFrom') };

  const ar = c.object(root.agencyRating, 'agencyRating', ['weights', 'bands']);
  const agencyRating = ar && {
    weights: c.weights(ar.weights, 'agencyRating.weights', ['quantity', 'quality', 'effect', 'satisfaction'] as const),
    bands: c.bands(ar.bands, 'agencyRating.bands', ['A', 'B', 'C'] as const),
  };

  if (c.issues.length > 0) return undefined;
  // No issues means every part above was read; the casts only drop the `undefined` the checker allows.
  return {
    monitoring: monitoring!,
    evaluation: evaluation as RuleSet['evaluation'],
    departmentEvaluation: departmentEvaluation as RuleSet['departmentEvaluation'],
    keyEvaluation: keyEvaluation as RuleSet['keyEvaluation'],
    authenticity: authenticity as RuleSet['authenticity'],
    resultApplication: { cutShare: cutShare as RuleSet['resultApplication']['cutShare'] },
    exAnte: exAnte as RuleSet['exAnte'],
    agencyRating: agencyRating as RuleSet['agencyRating'],
  };
}

function readMonitoring(c: Checker, value: unknown): RuleSet['monitoring'] | undefined {
  const m = c.object(value, 'monitoring', [
    'checkpoints',
    'maxKeyIndicatorDeviation',
    'failuresForRed',
    'rectificationDays',
    'unitWideMonth',
  ]);
  if (!m) return undefined;
  const checkpoints: CheckpointRule[] = [];
  if (m.checkpoints === undefined) {
    c.add('monitoring.checkpoints', '缺少字段', 'is missing');
  } else if (!Array.isArray(m.checkpoints) || m.checkpoints.length === 0) {
    c.add('monitoring.checkpoints', '须为非空列表', 'must be a non-empty list');
  } else {
    m.checkpoints.forEach((item: unknown, i: number) => {
      const path = `monitoring.checkpoints[${i}]`;
      const cp = c.object(item, path, ['month', 'elapsedShare', 'reportDueDay']);
      if (!cp) return;
      checkpoints.push({
        month: c.int(cp.month, `${path}.month`, 1, 12) as number,
        elapsedShare: c.ratio(cp.elapsedShare, `${path}.elapsedShare`, true) as Ratio,
        reportDueDay: c.int(cp.reportDueDay, `${path}.reportDueDay`, 1, 31) as number,
      });
    });
    // Checkpoints follow the year; a repeated month would judge the same period twice.
    const months = checkpoints.map((cp) => cp.month);
    if (months.every((mo) => Number.isInteger(mo)) && months.some((mo, i) => i > 0 && mo <= months[i - 1])) {
      c.add(
        'monitoring.checkpoints',
        '检查点月份须按升序排列且不重复',
        'checkpoint months must be ascending and distinct',
      );
    }
  }
  return {
    checkpoints,
    maxKeyIndicatorDeviation: c.ratio(
      m.maxKeyIndicatorDeviation,
      'monitoring.maxKeyIndicatorDeviation',
      false,
    ) as Ratio,
    failuresForRed: c.int(m.failuresForRed, 'monitoring.failuresForRed', 1) as number,
    rectificationDays: c.int(m.rectificationDays, 'monitoring.rectificationDays', 1) as number,
    unitWideMonth: c.int(m.unitWideMonth, 'monitoring.unitWideMonth', 1, 12) as number,
  };
}

const TWO_DECIMALS = /^\d+(\.\d{1,2})?$/;

/** A validated 0–100 two-decimal number in exact hundredths (its shortest text is plain decimal). */
function hundredths(value: number): bigint {
  return parseScaled(value, 'value', 2, { allowNumber: true });
}
const MONEY = /^\d+(\.\d{1,2})?$/;

class Checker {
  readonly issues: RuleSetIssue[] = [];

  add(path: string, zh: string, en: string): void {
    this.issues.push({ path: path || '(root)', zh, en });
  }

  /** A plain object with only the known keys (an unknown key is usually a typo that would be ignored). */
  object(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> | undefined {
    if (value === undefined) {
      this.add(path, '缺少字段', 'is missing');
      return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.add(path, '须为对象', 'must be an object');
      return undefined;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!keys.includes(key)) this.add(path ? `${path}.${key}` : key, '未知字段', 'unknown field');
    }
    return record;
  }

  int(value: unknown, path: string, min: number, max?: number): number | undefined {
    if (value === undefined) {
      this.add(path, '缺少字段', 'is missing');
      return undefined;
    }
    if (
      typeof value !== 'number' ||
      !Number.isSafeInteger(value) ||
      value < min ||
      (max !== undefined && value > max)
    ) {
      const range = max === undefined ? `≥ ${min}` : `${min}–${max}`;
      this.add(path, `须为整数（${range}）`, `must be an integer ${range} (got ${JSON.stringify(value)})`);
      return undefined;
    }
    return value;
  }

  ratio(value: unknown, path: string, atMostOne: boolean): Ratio | undefined {
    const r = this.object(value, path, ['numerator', 'denominator']);
    if (!r) return undefined;
    const numerator = r.numerator;
    const denominator = r.denominator;
    let ok = true;
    if (typeof numerator !== 'number' || !Number.isSafeInteger(numerator) || numerator < 0) {
      this.add(
        `${path}.numerator`,
        '分子须为非负整数',
        `numerator must be a non-negative integer (got ${JSON.stringify(numerator)})`,
      );
      ok = false;
    }
    if (typeof denominator !== 'number' || !Number.isSafeInteger(denominator) || denominator <= 0) {
      this.add(
        `${path}.denominator`,
        '分母须为正整数',
        `denominator must be a positive integer (got ${JSON.stringify(denominator)})`,
      );
      ok = false;
    }
    if (!ok) return undefined;
    if (atMostOne && (numerator as number) > (denominator as number)) {
      this.add(path, '比例不得大于1', 'must not be more than 1');
      return undefined;
    }
    return { numerator: numerator as number, denominator: denominator as number };
  }

  /** A number 0–100 with at most two decimals (a score, a band, a weight). */
  score(value: unknown, path: string): number | undefined {
    if (value === undefined) {
      this.add(path, '缺少字段', 'is missing');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || !TWO_DECIMALS.test(String(value)) || value > 100) {
      this.add(
        path,
        '须为0到100之间、最多两位小数的数',
        `must be a number 0–100 with at most two decimals (got ${JSON.stringify(value)})`,
      );
      return undefined;
    }
    return value;
  }

  weights<K extends string>(value: unknown, path: string, keys: readonly K[]): Record<K, number> | undefined {
    const w = this.object(value, path, keys);
    if (!w) return undefined;
    const out = {} as Record<K, number>;
    let complete = true;
    for (const key of keys) {
      const v = this.score(w[key], `${path}.${key}`);
      if (v === undefined) complete = false;
      else out[key] = v;
    }
    if (!complete) return undefined;
    // Add in hundredths: 33.33 + 33.33 + 33.34 must be exactly 100.
    const sum = keys.reduce((s, key) => s + hundredths(out[key]), 0n);
    if (sum !== 10000n) {
      const shown = formatScaled(sum, 2);
      this.add(path, `权重之和须为100（当前为${shown}）`, `weights must add up to 100 (they add up to ${shown})`);
      return undefined;
    }
    return out;
  }

  /** Band thresholds, best band first; each must be strictly below the one before. */
  bands<K extends string>(value: unknown, path: string, keys: readonly K[]): Record<K, number> | undefined {
    const b = this.object(value, path, keys);
    if (!b) return undefined;
    const out = {} as Record<K, number>;
    let complete = true;
    for (const key of keys) {
      const v = this.score(b[key], `${path}.${key}`);
      if (v === undefined) complete = false;
      else out[key] = v;
    }
    if (!complete) return undefined;
    for (let i = 1; i < keys.length; i++) {
      if (!(hundredths(out[keys[i]]) < hundredths(out[keys[i - 1]]))) {
        this.add(
          path,
          `分数线须依次递减（${keys.join(' > ')}）`,
          `bands must descend (${keys.join(' > ')}); ${keys[i]} is not below ${keys[i - 1]}`,
        );
        return undefined;
      }
    }
    return out;
  }

  /** A month and a day that exists in it (29 February allowed: in a common year it means the 28th). */
  dayOfYear(value: Record<string, unknown>, path: string): { month: number; day: number } | undefined {
    const month = this.int(value.month, `${path}.month`, 1, 12);
    if (month === undefined) return undefined;
    const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
    const day = this.int(value.day, `${path}.day`, 1, longest);
    return day === undefined ? undefined : { month, day };
  }

  money(value: unknown, path: string): string | undefined {
    if (value === undefined) {
      this.add(path, '缺少字段', 'is missing');
      return undefined;
    }
    if (typeof value !== 'string' || !MONEY.test(value)) {
      this.add(
        path,
        '须为非负金额字符串（元，最多两位小数）',
        `must be a non-negative amount in yuan with at most two decimals, as a string (got ${JSON.stringify(value)})`,
      );
      return undefined;
    }
    return value;
  }
}
